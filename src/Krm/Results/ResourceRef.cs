namespace Krm.Results;

/// <summary>Identifies the resource a result is about (the <c>resourceRef</c> of a KRM result).</summary>
public sealed record ResourceRef(string ApiVersion, string Kind, string Name, string? Namespace = null)
{
    /// <summary><c>apps/v1/Deployment/ns/name</c>, or <c>v1/Namespace/name</c> without a namespace.</summary>
    public override string ToString() =>
        string.IsNullOrEmpty(Namespace)
            ? $"{ApiVersion}/{Kind}/{Name}"
            : $"{ApiVersion}/{Kind}/{Namespace}/{Name}";
}
