using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Benchmarks.Corpus;

namespace ResponsibleAI.Benchmarks.Harness;

/// <summary>The outcome of one analysis: diagnostics per rule id, the analyzers' summed execution time, and the process CPU it took.</summary>
public sealed record AnalysisOutcome(ImmutableDictionary<string, int> Counts, TimeSpan ExecutionTime, TimeSpan Cpu, TimeSpan Wall,
    ImmutableDictionary<string, TimeSpan> PerAnalyzer);

/// <summary>
/// Compiles a generated corpus in process (the .NET 10 reference assemblies, plus Microsoft.Extensions.AI and the
/// ResponsibleAI attributes unless the corpus references no AI SDK) and runs analyzers over it as the build does
/// (<see cref="CompilationWithAnalyzers"/>, every analyzer's execution time logged). Each run gets a fresh compilation
/// over the same syntax trees, so binding is paid again every time.
/// </summary>
public sealed class AnalysisRunner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

    // CA1416 reads the target framework and the platforms the project supports from the build's global options.
    private static readonly ImmutableDictionary<string, string> BuildProperties = ImmutableDictionary<string, string>.Empty
        .Add("build_property.TargetFramework", "net10.0")
        .Add("build_property.TargetFrameworkIdentifier", ".NETCoreApp")
        .Add("build_property.TargetFrameworkVersion", "v10.0")
        .Add("build_property._SupportedPlatformList", "Android,Browser,iOS,Linux,macOS,Windows");

    public AnalysisRunner(GeneratedCorpus corpus)
    {
        Corpus = corpus;
        Trees = corpus.Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, System.Text.Encoding.UTF8), ParseOptions, f.Path)).ToImmutableArray();
        References = corpus.Kind == CorpusKind.NoSdk ? CorpusReferences.Bcl : CorpusReferences.WithAi;
    }

    public GeneratedCorpus Corpus { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public CSharpCompilation NewCompilation(IEnumerable<SyntaxTree>? trees = null) =>
        CSharpCompilation.Create("Corpus", trees ?? Trees, References, CompilationOptions);

    /// <summary>The compiler's own work: binding every body and reporting its diagnostics, no analyzer.</summary>
    public (TimeSpan Cpu, TimeSpan Wall, int Errors) BindOnly()
    {
        var compilation = NewCompilation();
        var (cpu, wall) = Measure(() => compilation.GetDiagnostics());
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        return (cpu, wall, errors);
    }

    /// <summary>Binding plus <paramref name="analyzers"/>: diagnostics per id, the analyzers' execution time and the CPU of the whole.</summary>
    /// <param name="additionalFiles">Files the analyzers read (a ResponsibleAI.txt).</param>
    public AnalysisOutcome Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = false, Compilation? compilation = null, ImmutableArray<AdditionalText> additionalFiles = default)
    {
        compilation ??= NewCompilation();
        var options = new CompilationWithAnalyzersOptions(NewAnalyzerOptions(additionalFiles), onAnalyzerException: null, concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = default;
        // The analyzers' diagnostics on a fresh compilation: the driver binds every body once (through its event queue),
        // as a build's compiler does while it also emits. GetAllDiagnosticsAsync would bind a second time for the
        // compiler's own diagnostics, and it records no execution time in the telemetry.
        var (cpu, wall) = Measure(() => diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult());
        var (execution, perAnalyzer) = Telemetry(withAnalyzers, analyzers);
        ThrowOnAnalyzerFailure(diagnostics);
        return new AnalysisOutcome(Count(diagnostics), execution, cpu, wall, perAnalyzer);
    }

    /// <summary>
    /// An editor's work after a keystroke: the analyzers' semantic diagnostics of one document, in a compilation where only
    /// that document changed (the rest already bound, as in a warm IDE).
    /// </summary>
    public AnalysisOutcome AnalyzeDocument(ImmutableArray<DiagnosticAnalyzer> analyzers, CSharpCompilation compilation, SyntaxTree document)
    {
        var options = new CompilationWithAnalyzersOptions(NewAnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false,
            logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var model = compilation.GetSemanticModel(document);
        ImmutableArray<Diagnostic> diagnostics = default;
        var (cpu, wall) = Measure(() => diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult());
        var (execution, perAnalyzer) = Telemetry(withAnalyzers, analyzers);
        ThrowOnAnalyzerFailure(diagnostics);
        return new AnalysisOutcome(Count(diagnostics), execution, cpu, wall, perAnalyzer);
    }

    /// <summary>A fresh options object per compilation: CA1416 caches what it reads per options instance.</summary>
    public static AnalyzerOptions NewAnalyzerOptions(ImmutableArray<AdditionalText> additionalFiles = default) =>
        new(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles, new GlobalOptionsProvider(BuildProperties));

    public static (TimeSpan Cpu, TimeSpan Wall) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (process.TotalProcessorTime - cpuBefore, watch.Elapsed);
    }

    private static (TimeSpan Total, ImmutableDictionary<string, TimeSpan> PerAnalyzer) Telemetry(CompilationWithAnalyzers withAnalyzers, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var total = TimeSpan.Zero;
        var per = ImmutableDictionary.CreateBuilder<string, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            var info = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            total += info.ExecutionTime;
            per[analyzer.GetType().Name] = info.ExecutionTime;
        }

        return (total, per.ToImmutable());
    }

    private static ImmutableDictionary<string, int> Count(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id.StartsWith("RAI", StringComparison.Ordinal) || d.Id == "CA1416")
            .GroupBy(d => d.Id).ToImmutableDictionary(g => g.Key, g => g.Count());

    private static void ThrowOnAnalyzerFailure(ImmutableArray<Diagnostic> diagnostics)
    {
        var failure = diagnostics.FirstOrDefault(d => d.Id is "AD0001" or "AD0002");
        if (failure is not null)
        {
            throw new InvalidOperationException("An analyzer failed: " + failure);
        }
    }

    private sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(values);
        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        // A build hands every tree the global options too (the generated global .editorconfig).
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}

/// <summary>The analysed code's references: the .NET 10 reference assemblies, and for AI corpora Microsoft.Extensions.AI and the attributes.</summary>
public static class CorpusReferences
{
    public static ImmutableArray<MetadataReference> Bcl { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    public static ImmutableArray<MetadataReference> WithAi { get; } = Bcl.AddRange(
        new[] { "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.AI", "ResponsibleAI.Attributes" }
            .Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll"))));
}

/// <summary>The analyzers under test: the pack, each of its analyzers, an empty one, and CA1416.</summary>
public static class AnalyzerSets
{
    public static ImmutableArray<DiagnosticAnalyzer> Pack() => typeof(ConsentAndOptOutAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<string> PackNames { get; } = Pack().Select(a => a.GetType().Name).ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> One(string name) => Pack().Where(a => a.GetType().Name == name).ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Empty() => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

    /// <summary>A no-op code-block action: what the driver costs an analyzer that reads member bodies' syntax (as the pack does).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> EmptyCodeBlock() => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyCodeBlockAnalyzer());

    /// <summary>A no-op operation action: what the driver costs an analyzer that asks for operation trees (as CA1416 does).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> EmptyOperation() => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer());

    /// <summary>A no-op semantic-model action: what the driver costs an analyzer called once per file.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> EmptySemanticModel() => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptySemanticModelAnalyzer());

    /// <summary>A fresh <c>PlatformCompatibilityAnalyzer</c> from Microsoft.CodeAnalysis.NetAnalyzers 10.0.401 (it caches per instance).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ca1416() =>
        ImmutableArray.Create((DiagnosticAnalyzer)Activator.CreateInstance(PlatformCompatibilityType.Value)!);

    private static readonly Lazy<Type> PlatformCompatibilityType = new(() =>
    {
        var root = typeof(AnalyzerSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetAnalyzersRoot").Value!;
        var path = Path.Combine(root, "analyzers", "dotnet", "cs", "Microsoft.CodeAnalysis.NetAnalyzers.dll");
        var assembly = Assembly.LoadFrom(path);
        return assembly.GetType("Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer", throwOnError: true)!;
    });
}

/// <summary>An analyzer that reports nothing and registers one action that does nothing: a floor of the driver's cost.</summary>
public abstract class NoOpAnalyzer(string id) : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(new DiagnosticDescriptor(id, "Empty", "Empty", "Performance", DiagnosticSeverity.Hidden, isEnabledByDefault: true));

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        Register(context);
    }

    protected abstract void Register(AnalysisContext context);
}

/// <summary>A compilation-start action that does nothing: the driver's fixed cost per analyzer, the baseline of every ratio.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer() : NoOpAnalyzer("EMPTY0001")
{
    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static _ => { });
}

/// <summary>A code-block action that does nothing: the driver's floor for analyzers that read every member's syntax (the pack's kind).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyCodeBlockAnalyzer() : NoOpAnalyzer("EMPTY0002")
{
    protected override void Register(AnalysisContext context) => context.RegisterCodeBlockAction(static _ => { });
}

/// <summary>An operation action that does nothing: the driver's floor for analyzers that ask for operation trees (CA1416's kind).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationAnalyzer() : NoOpAnalyzer("EMPTY0003")
{
    protected override void Register(AnalysisContext context) => context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
}

/// <summary>A semantic-model action that does nothing: the driver's floor for analyzers called once per file with its semantic model.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptySemanticModelAnalyzer() : NoOpAnalyzer("EMPTY0004")
{
    protected override void Register(AnalysisContext context) => context.RegisterSemanticModelAction(static _ => { });
}
