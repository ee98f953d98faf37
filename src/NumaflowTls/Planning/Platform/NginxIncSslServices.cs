namespace NumaflowTls.Planning.Platform;

/// <summary>
/// F5 NGINX Ingress Controller (nginx.org): <c>nginx.org/ssl-services</c> lists the Services NGINX speaks HTTPS to.
/// The server's Service (by the name the Ingress uses) joins it in TLS mode and leaves it in insecure mode.
/// Docs: https://docs.nginx.com/nginx-ingress-controller/configuration/ingress-resources/advanced-configuration-with-annotations/#backend-services-upstreams
/// </summary>
internal static class NginxIncSslServices
{
    public const string SslServices = "nginx.org/ssl-services";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var group in ServerIngresses.Backends(ctx).GroupBy(b => b.Ingress))
        {
            var ingress = group.Key;
            if (Annotations.Value(ingress, SslServices) is not { } text)
                continue;
            var names = group.Select(b => b.Backend.ServiceName).Distinct().ToList();
            var list = new TokenList(text);
            if (ctx.Target.Insecure)
            {
                list.RemoveAll(names.Contains);
            }
            else
            {
                foreach (var name in names.Where(n => !list.Contains(e => e == n)))
                    list.Add(name);
            }
            Annotations.Follow(plan, ingress, SslServices, list.ToString(),
                ctx.Target.Insecure ? "the server speaks HTTP: its Service leaves NGINX's ssl-services"
                    : "the server speaks HTTPS: its Service is in NGINX's ssl-services");
        }
    }
}
