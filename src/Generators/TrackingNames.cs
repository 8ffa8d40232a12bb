namespace ResponsibleAI.Generators;

/// <summary>Names of the pipeline steps, so tests can assert that an unrelated edit leaves each one cached.</summary>
internal static class TrackingNames
{
    public const string Declarations = nameof(Declarations);
    public const string Features = nameof(Features);
    public const string RootNamespace = nameof(RootNamespace);
    public const string Registry = nameof(Registry);
    public const string Gateways = nameof(Gateways);
}
