using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Inventory;
using ResponsibleAI.Inventory.Model;

namespace ResponsibleAI.Inventory.Analysis;

/// <summary>
/// One project's inventory: compiles it in memory (its source generators run, ResponsibleAI's included), runs every
/// ResponsibleAI rule at the severities the project's configuration gives them, and lists its features, AI call sites
/// and gateways with <see cref="AiInventoryCollector"/>.
/// </summary>
public sealed class ProjectAnalyzer(string root)
{
    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public async Task<(ProjectInventory Inventory, IReadOnlyList<string> Warnings)> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var compilation = await project.GetCompilationAsync(cancellationToken)
                          ?? throw new InvalidOperationException($"{project.Name} has no compilation.");
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{analyzer.GetType().Name} failed: {exception.GetType().Name}: {exception.Message}");
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        // Compiler and analyzer diagnostics in one pass: the rules run on the compiler's events, as in a build.
        var all = await compilation.WithAnalyzers(PackAnalyzers.All, options).GetAllDiagnosticsAsync(cancellationToken);
        var diagnostics = all.Where(d => d.Id.StartsWith("RAI", StringComparison.Ordinal)).ToList();
        var compilerErrors = all.Count(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RAI", StringComparison.Ordinal) && d.Id.StartsWith("CS", StringComparison.Ordinal));
        warnings.AddRange(exceptions.Distinct().Order(StringComparer.Ordinal).Select(e => $"{Name(project)}: {e}"));

        var documents = new HashSet<string>(project.Documents.Select(d => d.FilePath).OfType<string>().Where(p => !IsGeneratedFile(p)), StringComparer.Ordinal);
        var trees = compilation.SyntaxTrees.Where(t => documents.Contains(t.FilePath)).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();
        var inventory = AiInventoryCollector.Collect(compilation, trees, project.AnalyzerOptions.AdditionalFiles, cancellationToken);
        if (compilerErrors > 0)
        {
            warnings.Add($"{Name(project)}: {compilerErrors} compiler error(s); code that does not bind may be missing from the inventory.");
        }

        var findings = diagnostics
            .Select(d => (Diagnostic: d, Entry: Finding(d, compilation, cancellationToken)))
            .ToList();

        return (new ProjectInventory
        {
            Name = Name(project),
            Path = Relative(project.FilePath!),
            CompilerErrors = compilerErrors,
            Features = inventory.Features.Select(Feature).ToList(),
            Calls = inventory.Calls.Select(c => Call(c, findings.Select(f => f.Diagnostic))).OrderBy(c => c.File, StringComparer.Ordinal)
                .ThenBy(c => c.Line).ThenBy(c => c.Column).ThenBy(c => c.Target, StringComparer.Ordinal).ToList(),
            Gateways = inventory.Gateways.Select(Gateway).OrderBy(g => g.Feature, StringComparer.Ordinal).ThenBy(g => g.File, StringComparer.Ordinal).ThenBy(g => g.Line).ToList(),
            Findings = findings.Select(f => f.Entry).Distinct().OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
                .ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal).ToList(),
        }, warnings);
    }

    /// <summary>The project's name without a target-framework suffix.</summary>
    public static string Name(Project project) => project.FilePath is { } path ? Path.GetFileNameWithoutExtension(path) : project.Name;

    /// <summary>Generated files a project compiles (obj/, *.g.cs): the rules skip generated code, and so does the inventory.</summary>
    private static bool IsGeneratedFile(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Contains("/obj/", StringComparison.OrdinalIgnoreCase)
               || normalized.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
               || normalized.EndsWith(".g.i.cs", StringComparison.OrdinalIgnoreCase)
               || normalized.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
               || normalized.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase);
    }

    public string Relative(string path)
    {
        if (!System.IO.Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        return System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
    }

    private FeatureEntry Feature(InventoryFeature feature)
    {
        var capability = Enum.TryParse<ResponsibleAI.AiCapability>(feature.Capability.ToString(), out var runtime) ? runtime : ResponsibleAI.AiCapability.Other;
        return new FeatureEntry
        {
            Id = feature.Id,
            Capability = feature.Capability.ToString(),
            Provider = feature.Provider,
            PersonalData = feature.PersonalData,
            GeneratesContent = feature.GeneratesContent,
            Notice = feature.Disclosure ?? ResponsibleAI.AiDisclosureNotices.Default(capability, CultureInfo.InvariantCulture),
            InRegistry = feature.DeclaredBy.Any(d => !d.FromConfiguration),
            DeclaredBy = feature.DeclaredBy.Select(d => new DeclarationEntry
            {
                Symbol = d.DocumentationId,
                Source = d.FromConfiguration ? "configuration" : "attribute",
                File = Relative(d.Path),
                Line = d.Line,
            }).ToList(),
        };
    }

    private CallEntry Call(InventoryCall call, IEnumerable<Diagnostic> diagnostics)
    {
        var span = call.Location.GetLineSpan();
        var at = call.Location;
        return new CallEntry
        {
            File = Relative(span.Path),
            Line = span.StartLinePosition.Line + 1,
            Column = span.StartLinePosition.Character + 1,
            Member = Member(call.Owner),
            Target = call.Call.DisplayName,
            Kind = call.IsGateway ? "gateway" : call.Call.Origin switch
            {
                AiCallOrigin.Catalog => "catalog",
                AiCallOrigin.Attribute => "feature",
                _ => "configuration",
            },
            Feature = call.Call.FeatureId,
            WithinFeature = call.WithinFeature,
            Capability = call.Call.Capability.ToString(),
            Provider = call.Call.Provider,
            Consent = Text(call.Consent),
            OptOut = Text(call.OptOut),
            Disclosure = Text(call.Disclosure),
            Review = call.Unreviewed ? "unreviewed" : "not-flagged",
            Outputs = call.Sinks.Select(s =>
            {
                var sinkSpan = s.Location.GetLineSpan();
                return new OutputEntry { Kind = Kebab(s.Kind.ToString()), Target = Unquote(s.Target), File = Relative(sinkSpan.Path), Line = sinkSpan.StartLinePosition.Line + 1 };
            }).ToList(),
            Findings = diagnostics
                .Where(d => SameSpot(d.Location, at) || d.AdditionalLocations.Any(a => SameSpot(a, at)))
                .Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The rules quote a member in their messages ('SupportTicket.Summary'); the inventory names it bare.</summary>
    private static string Unquote(string target) =>
        target.Length > 1 && target[0] == '\'' && target[^1] == '\'' ? target[1..^1] : target;

    private static bool SameSpot(Location a, Location b) =>
        a.IsInSource && b.IsInSource && a.SourceSpan == b.SourceSpan && string.Equals(a.SourceTree!.FilePath, b.SourceTree!.FilePath, StringComparison.Ordinal);

    private GatewayEntry Gateway(InventoryGateway gateway)
    {
        var span = gateway.Location.GetLineSpan();
        return new GatewayEntry
        {
            Feature = gateway.FeatureId,
            Member = Member(gateway.Method),
            Implementation = gateway.Implementation,
            File = Relative(span.Path),
            Line = span.StartLinePosition.Line + 1,
        };
    }

    private FindingEntry Finding(Diagnostic diagnostic, Compilation compilation, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.GetLineSpan();
        string? member = null;
        if (diagnostic.Location.IsInSource && compilation.ContainsSyntaxTree(diagnostic.Location.SourceTree!))
        {
            var model = compilation.GetSemanticModel(diagnostic.Location.SourceTree!);
            var symbol = model.GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start, cancellationToken);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            member = symbol is null or INamespaceSymbol ? null : Member(symbol);
        }

        return new FindingEntry
        {
            Rule = diagnostic.Id,
            Severity = PackAnalyzers.Severity(diagnostic.Severity),
            File = span.Path is { Length: > 0 } path ? Relative(path) : "",
            Line = span.StartLinePosition.Line + 1,
            Column = span.StartLinePosition.Character + 1,
            Member = member,
            Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
            Clause = PackAnalyzers.Clause(diagnostic.Descriptor),
        };
    }

    private static string Member(ISymbol symbol) =>
        symbol is IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } ? "top-level statements" : symbol.ToDisplayString(MemberFormat);

    private static string Text(InventoryGuardStatus status) => Kebab(status.ToString());

    private static string Text(InventoryDisclosureStatus status) => Kebab(status.ToString());

    /// <summary>NotRequired becomes not-required.</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
