namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Everything a platform puts in front of the server that names its port or scheme: controller annotations on the
/// Service and the Ingress, network policies, the mesh. Runs after the Service step, whose port moves it follows;
/// only fields that are present follow the mode, none is added.
/// </summary>
internal static class PlatformStep
{
    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        TraefikService.Plan(ctx, plan);
        KongService.Plan(ctx, plan);
        GkeAppProtocols.Plan(ctx, plan);
        ContourUpstreamTls.Plan(ctx, plan);
        HaproxyServerSsl.Plan(ctx, plan);
        AlbHealthCheck.Plan(ctx, plan);
        AgicBackend.Plan(ctx, plan);
        HaproxyIngressBackend.Plan(ctx, plan);
        TraefikV1Protocol.Plan(ctx, plan);
        NginxIncSslServices.Plan(ctx, plan);
        NetworkPolicyPorts.Plan(ctx, plan);
        IstioInboundPorts.Plan(ctx, plan);
        IstioVirtualService.Plan(ctx, plan);
        IstioDestinationRule.Plan(ctx, plan);
        TraefikIngressRoute.Plan(ctx, plan);
        ContourHttpProxy.Plan(ctx, plan);
        OpenShiftRoute.Plan(ctx, plan);
        GatewayRoutes.Plan(ctx, plan);
        BackendTlsPolicy.Plan(ctx, plan);
        GkeBackendConfig.Plan(ctx, plan);
        GkeHealthCheckPolicy.Plan(ctx, plan);
        AwsTargetGroupConfiguration.Plan(ctx, plan);
        AuthCookieExposure.Plan(ctx, plan);
    }
}
