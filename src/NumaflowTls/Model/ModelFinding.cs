namespace NumaflowTls.Model;

/// <summary>
/// Something the model noticed: a value the server would refuse (it panics or exits at start-up),
/// a value it cannot know (a ConfigMap not in the input), or a misleading spelling.
/// </summary>
public sealed record ModelFinding(FindingLevel Level, string Message, Origin Where);

public enum FindingLevel
{
    Warning,
    Error,
}
