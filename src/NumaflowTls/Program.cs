using Krm.Hosting;
using NumaflowTls.Configuration;

return KrmHost.Run(ServerTlsCommand.Create(), args);
