Console.Out.Write("");
return 0;
