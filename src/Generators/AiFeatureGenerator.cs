using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Generators.Emit;
using ResponsibleAI.Generators.Model;

namespace ResponsibleAI.Generators;

/// <summary>
/// [AiFeature] in, compliance boilerplate out: the <c>AiFeatures</c> registry of every feature in the assembly, and the
/// body of every valid gateway (a body-less partial method with <c>Implementation = nameof(Core)</c>).
/// Invalid gateways are skipped; the RAI3xxx analyzers report why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AiFeatureGenerator : IIncrementalGenerator
{
    private const string AttributeName = "ResponsibleAI.AiFeatureAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var features = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax,
                static (syntax, cancellationToken) => FeatureParser.Parse(syntax, cancellationToken))
            .Where(static feature => feature is not null)
            .Select(static (feature, _) => feature!)
            .WithTrackingName(TrackingNames.Declarations);

        // The registry's namespace: the project's RootNamespace (or the assembly name), reduced to a string before combining.
        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty))
            .Select(static (pair, _) => RootNamespace(pair.Left.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root) ? root : null, pair.Right))
            .WithTrackingName(TrackingNames.RootNamespace);

        // The registry entries are worked out once (ids, property names, declarations) and feed both outputs.
        var registry = features
            .Collect()
            .Select(static (all, _) => new EquatableArray<RegistryEmitter.Entry>(RegistryEmitter.Entries(all)))
            .WithTrackingName(TrackingNames.Features)
            .Combine(rootNamespace)
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(registry, static (output, pair) =>
            output.AddSource("AiFeatures.g.cs", SourceText.From(RegistryEmitter.Emit(pair.Right, pair.Left.ToList()), System.Text.Encoding.UTF8)));

        // A gateway needs only the registry property of its feature: combine with that small, equatable map, so an
        // edit elsewhere in the registry (a provider, a declaration) leaves the gateways cached.
        var references = registry
            .Select(static (pair, _) => new EquatableArray<FeatureReference>(pair.Left.Select(entry =>
                new FeatureReference(entry.Feature.Id, "global::" + (pair.Right.Length > 0 ? pair.Right + "." : string.Empty) + "AiFeatures." + entry.Property))));

        var gateways = features
            .Where(static feature => feature.Gateway is not null)
            .Combine(references)
            .Select(static (pair, _) =>
                pair.Right.FirstOrDefault(r => r.Id == pair.Left.Id) is { } reference ? new GatewayOutput(pair.Left.Gateway!, reference.Reference) : null)
            .Where(static output => output is not null)
            .WithTrackingName(TrackingNames.Gateways);

        context.RegisterSourceOutput(gateways, static (output, gateway) =>
            output.AddSource(gateway!.Gateway.HintName, SourceText.From(GatewayEmitter.Emit(gateway.Gateway, gateway.FeatureReference), System.Text.Encoding.UTF8)));
    }

    private static string RootNamespace(string? configured, string assemblyName)
    {
        var root = string.IsNullOrWhiteSpace(configured) ? assemblyName : configured!;
        var parts = root.Split('.').Select(static part =>
        {
            var chars = part.Select(static c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
            var text = new string(chars);
            return text.Length > 0 && char.IsDigit(text[0]) ? "_" + text : text;
        }).Where(static part => part.Length > 0);
        return string.Join(".", parts);
    }

    private sealed record GatewayOutput(GatewayModel Gateway, string FeatureReference);

    /// <summary>A feature id and the expression of its registry property (<c>global::Lectures.AiFeatures.LectureSummary</c>).</summary>
    private sealed record FeatureReference(string Id, string Reference);
}
