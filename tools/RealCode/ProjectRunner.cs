using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Configuration;

namespace ResponsibleAI.RealCode;

internal sealed record DiagnosticRow(string Project, bool Test, string Path, int Line, int Column, string Rule, string Message, string Source);

internal sealed record CompileErrorRow(string Project, string Path, int Line, string Id, string Message);

internal sealed record AiCallRow(string Project, string Path, int Line, int Column, string Member, string Capability);

internal sealed record ProjectResult(
    string Project,
    ProjectFile File,
    int Files,
    int Lines,
    IReadOnlyList<CompileErrorRow> CompileErrors,
    int MissingProjectReferences,
    bool TopLevelStatements,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<AiCallRow> AiCalls,
    IReadOnlyList<string> Exceptions,
    IReadOnlyDictionary<string, TimeSpan> AnalyzerTimes,
    TimeSpan WallTime);

/// <summary>Compiles each project of a folder as one CSharpCompilation and runs the ResponsibleAI analyzers over it.</summary>
internal sealed class ProjectRunner
{
    private static readonly string[] BaseUsings =
        { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

    // The SDKs' implicit usings (Sdks/*/targets of the .NET 10 SDK).
    private static readonly (string Sdk, string[] Usings)[] SdkUsings =
    {
        ("Microsoft.NET.Sdk.Web", new[] { "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
            "Microsoft.Extensions.Logging" }),
        ("Microsoft.NET.Sdk.Worker", new[] { "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
            "Microsoft.Extensions.Logging" }),
        ("Microsoft.NET.Sdk.BlazorWebAssembly", new[] { "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging" }),
    };

    private static readonly string[] PreprocessorSymbols =
        new[] { "NET", "NETCOREAPP", "NET10_0", "RELEASE", "TRACE" }
            .Concat(new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" }.Select(v => $"NETCOREAPP{v}_OR_GREATER"))
            .Concat(Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER")).ToArray();

    private readonly string _root;
    private readonly References _references;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly Dictionary<string, ProjectFile> _projects;
    private readonly HashSet<string> _projectDirectories;
    private readonly Dictionary<string, CSharpCompilation?> _compilations = new(StringComparer.Ordinal);

    public ProjectRunner(string root, References references, IEnumerable<ProjectFile> projects)
    {
        _root = root;
        _references = references;
        _projects = projects.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _projectDirectories = new HashSet<string>(_projects.Values.Where(p => !p.IsFileBasedApp).Select(p => p.Directory), StringComparer.Ordinal);
        _analyzers = LoadAnalyzers();
    }

    public IReadOnlyList<string> AnalyzerNames => _analyzers.Select(a => a.GetType().Name).ToList();

    /// <summary>Every concrete DiagnosticAnalyzer of ResponsibleAI.Analyzers, found by reflection.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
        typeof(AiCompilationContext).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public async Task<ProjectResult> RunAsync(ProjectFile project)
    {
        var stopwatch = Stopwatch.StartNew();
        var compilation = Compile(project, new HashSet<string>(StringComparer.Ordinal))!;
        var sources = compilation.SyntaxTrees.Where(t => !IsGlobalUsings(t)).ToList();
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {FirstLine(exception.Message)}");
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, options);
        // Analyzer diagnostics only: GetAllDiagnosticsAsync records no execution time in the telemetry.
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var analyzer in _analyzers)
        {
            times[analyzer.GetType().Name] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
        }

        var name = Relative(project.Path);
        var rows = diagnostics
            .Where(d => d.Id.StartsWith("RAI", StringComparison.Ordinal) && d.Location.IsInSource)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var text = d.Location.SourceTree!.GetText();
                var source = text.Lines[span.StartLinePosition.Line].ToString();
                return new DiagnosticRow(name, project.IsTest, Relative(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                    d.Id, Clean(d.GetMessage(CultureInfo.InvariantCulture)), Clean(source));
            })
            .ToList();
        var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var aiCalls = FindAiCalls(name, compilation, sources);
        stopwatch.Stop();

        return new ProjectResult(
            name,
            project,
            sources.Count,
            sources.Sum(t => t.GetText().Lines.Count),
            compilerErrors.Select(d => d.Location.GetLineSpan() is var span && d.Location.IsInSource
                ? new CompileErrorRow(name, Relative(span.Path), span.StartLinePosition.Line + 1, d.Id, Clean(d.GetMessage(CultureInfo.InvariantCulture)))
                : new CompileErrorRow(name, "", 0, d.Id, Clean(d.GetMessage(CultureInfo.InvariantCulture)))).ToList(),
            project.ProjectReferences.Count(r => project.ResolveReference(r) is not { } path || !_projects.ContainsKey(path)),
            sources.Any(t => t.GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax)),
            rows,
            aiCalls,
            exceptions,
            times,
            stopwatch.Elapsed);
    }

    /// <summary>
    /// The project as one compilation; its ProjectReferences (transitively, when they are under the folder) become
    /// compilation references. Memoised; a reference cycle is cut.
    /// </summary>
    private CSharpCompilation? Compile(ProjectFile project, HashSet<string> inProgress)
    {
        if (_compilations.TryGetValue(project.Path, out var cached))
        {
            return cached;
        }

        if (!inProgress.Add(project.Path))
        {
            return null;
        }

        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.Parse, SourceCodeKind.Regular, PreprocessorSymbols);
        if (project.IsFileBasedApp)
        {
            parseOptions = parseOptions.WithFeatures(new[] { KeyValuePair.Create("FileBasedProgram", "true") });
        }

        var trees = project.SourceFiles(_projectDirectories).Select(path =>
        {
            using var stream = File.OpenRead(path);
            return CSharpSyntaxTree.ParseText(SourceText.From(stream), parseOptions, path);
        }).ToList();
        var usings = GlobalUsings(project);
        if (usings.Count > 0)
        {
            var text = string.Concat(usings.Select(u => $"global using {u};\n"));
            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, Path.Combine(project.Directory, "obj", project.Name + ".GlobalUsings.g.cs")));
        }

        var projectReferences = new List<MetadataReference>();
        foreach (var referenced in ReferencedProjects(project))
        {
            if (Compile(referenced, inProgress) is { } compilation)
            {
                projectReferences.Add(compilation.ToMetadataReference());
            }
        }

        var topLevel = trees.Any(t => t.GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax));
        var options = new CSharpCompilationOptions(
                topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.Nullable.ToLowerInvariant() switch
                {
                    "enable" or "true" => NullableContextOptions.Enable,
                    "warnings" => NullableContextOptions.Warnings,
                    "annotations" => NullableContextOptions.Annotations,
                    _ => NullableContextOptions.Disable,
                },
                allowUnsafe: true,
                deterministic: true)
            .WithSpecificDiagnosticOptions(_references.ExperimentalIds.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress)));
        var result = CSharpCompilation.Create(project.Name, trees, _references.All.AddRange(projectReferences), options);
        inProgress.Remove(project.Path);
        _compilations[project.Path] = result;
        return result;
    }

    /// <summary>The project's references under the folder, transitively (as MSBuild flows them), in a stable order.</summary>
    private IEnumerable<ProjectFile> ReferencedProjects(ProjectFile project)
    {
        var seen = new SortedDictionary<string, ProjectFile>(StringComparer.Ordinal);
        Collect(project);
        seen.Remove(project.Path);
        return seen.Values;

        void Collect(ProjectFile current)
        {
            foreach (var include in current.ProjectReferences)
            {
                if (current.ResolveReference(include) is { } path && _projects.TryGetValue(path, out var referenced) && !seen.ContainsKey(path))
                {
                    seen[path] = referenced;
                    Collect(referenced);
                }
            }
        }
    }

    private static List<string> GlobalUsings(ProjectFile project)
    {
        var usings = new List<string>();
        if (project.ImplicitUsings)
        {
            usings.AddRange(BaseUsings.Select(u => "global::" + u));
            foreach (var (sdk, extra) in SdkUsings)
            {
                if (project.Sdk.Contains(sdk, StringComparison.OrdinalIgnoreCase))
                {
                    usings.AddRange(extra.Select(u => "global::" + u));
                }
            }
        }

        usings.AddRange(project.Usings);
        return usings.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The AI calls the analyzers' own AiCompilationContext recognises: every invocation and property reference in the
    /// executable code of each source tree (member bodies, initializers, top-level statements; lambdas and local functions inside them).
    /// </summary>
    private List<AiCallRow> FindAiCalls(string project, CSharpCompilation compilation, IEnumerable<SyntaxTree> trees)
    {
        var rows = new List<AiCallRow>();
        var clone = compilation.Clone(); // its own binding caches, so the analysed compilation's are not kept alive
        if (AiCompilationContext.Create(clone, ConfigurationFile.Empty, CancellationToken.None) is not { } context)
        {
            return rows;
        }

        foreach (var tree in trees)
        {
            var model = clone.GetSemanticModel(clone.SyntaxTrees.Single(t => t.FilePath == tree.FilePath));
            var seen = new HashSet<TextSpan>();
            foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes().Where(IsExecutableRoot))
            {
                if (model.GetOperation(node is GlobalStatementSyntax global ? global.Statement : node) is not { } root)
                {
                    continue;
                }

                foreach (var operation in root.DescendantsAndSelf())
                {
                    var call = operation switch
                    {
                        IInvocationOperation invocation => context.GetAiCall(invocation, model, CancellationToken.None),
                        IPropertyReferenceOperation property => context.GetAiCall(property.Property),
                        _ => null,
                    };
                    if (call is not null && seen.Add(operation.Syntax.Span))
                    {
                        var span = operation.Syntax.GetLocation().GetLineSpan();
                        rows.Add(new AiCallRow(project, Relative(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                            call.DisplayName, call.Capability.ToString()));
                    }
                }
            }
        }

        return rows;
    }

    private static bool IsExecutableRoot(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => true,
        ArrowExpressionClauseSyntax arrow => arrow.Parent is PropertyDeclarationSyntax or IndexerDeclarationSyntax,
        EqualsValueClauseSyntax initializer => initializer.Parent is PropertyDeclarationSyntax
                                               || initializer.Parent?.Parent?.Parent is FieldDeclarationSyntax or EventFieldDeclarationSyntax,
        GlobalStatementSyntax => true,
        PrimaryConstructorBaseTypeSyntax => true,
        _ => false,
    };

    private static bool IsGlobalUsings(SyntaxTree tree) => tree.FilePath.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();

    private static string FirstLine(string text) => Clean(text.Split('\n')[0]);
}
