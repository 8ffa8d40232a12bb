extern alias generators;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>What distinguishes one blind corpus from another.</summary>
/// <param name="Title">Report heading, e.g. "Corpus".</param>
/// <param name="Folder">Folder under Corpus/ with the *.cs.txt cases.</param>
/// <param name="PerRule">Targets apply to each rule (true) or to the rules together (false).</param>
/// <param name="SpansAtAiCalls">Every expected span must start right after an /*AI*/ marker (diagnostics on the AI call).</param>
/// <param name="MinimumCases">How many case files the corpus must hold (guards against a folder that failed to copy).</param>
/// <param name="MarkedOnly">Rule ids the cases mark that this evaluation does not measure: their markup is removed.</param>
/// <param name="ImplicitUsingsOnly">Compile with only the implicit usings of an SDK project (no Microsoft.Extensions.AI or ResponsibleAI).</param>
/// <param name="AspNetCore">Also reference ASP.NET Core (the SDK's reference pack).</param>
public sealed record CorpusSettings(
    string Title,
    string Folder,
    string[] Rules,
    double PrecisionTarget,
    double RecallTarget,
    bool PerRule,
    bool SpansAtAiCalls,
    Func<DiagnosticAnalyzer> Analyzer,
    int MinimumCases = 25,
    string[]? MarkedOnly = null,
    bool ImplicitUsingsOnly = false,
    bool AspNetCore = false);

/// <summary>
/// The harness of the blind corpora: loads the cases (markup {|RAIxxxx:...|}, /*AI*/ markers, optional
/// &lt;case&gt;.ResponsibleAI.txt), compiles them against the real SDKs, runs the analyzer, and reports TP/FP/FN per rule.
/// </summary>
public abstract class CorpusEvaluation
{
    private const string AiMarker = "/*AI*/";
    private readonly ITestOutputHelper _output;
    private readonly CorpusSettings _settings;

    protected CorpusEvaluation(ITestOutputHelper output, CorpusSettings settings)
    {
        _output = output;
        _settings = settings;
    }

    private string[] Rules => _settings.Rules;

    private string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus", _settings.Folder);

    private IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(CasesDirectory, "*.cs.txt").OrderBy(p => p, StringComparer.Ordinal);

    protected void CheckCasesAreWellFormedAndCompile()
    {
        var files = CaseFiles().ToList();
        Assert.True(files.Count >= _settings.MinimumCases, $"expected at least {_settings.MinimumCases} corpus cases in {CasesDirectory}, found {files.Count}");
        var problems = new StringBuilder();
        foreach (var file in files)
        {
            var parsed = CorpusCase.Load(file, _settings.SpansAtAiCalls, Rules, _settings.MarkedOnly ?? []);
            foreach (var problem in parsed.MarkupProblems)
            {
                problems.AppendLine($"{parsed.Name}: {problem}");
            }

            foreach (var diagnostic in Compile(parsed).GetDiagnostics())
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    problems.AppendLine($"{parsed.Name}: {diagnostic}");
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    _output.WriteLine($"{parsed.Name}: {diagnostic}");
                }
            }
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    protected async Task CheckPrecisionAndRecallAsync()
    {
        var files = CaseFiles().ToList();
        Assert.NotEmpty(files);

        var counts = Rules.ToDictionary(r => r, _ => new Counts());
        var findings = new List<string>();
        var exceptions = new List<string>();
        var compileErrors = new StringBuilder();
        int aiCalls = 0, expectedTotal = 0;

        foreach (var file in files)
        {
            var parsed = CorpusCase.Load(file, _settings.SpansAtAiCalls, Rules, _settings.MarkedOnly ?? []);
            Assert.True(parsed.MarkupProblems.Count == 0, string.Join(Environment.NewLine, parsed.MarkupProblems));
            aiCalls += parsed.AiCallCount;
            expectedTotal += parsed.Expected.Count;

            var compilation = Compile(parsed);
            foreach (var error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                compileErrors.AppendLine($"{parsed.Name}: {error}");
            }

            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(parsed.Configuration is null
                    ? ImmutableArray<AdditionalText>.Empty
                    : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("ResponsibleAI.txt", parsed.Configuration))),
                onAnalyzerException: (exception, analyzer, diagnostic) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add($"{parsed.Name}: {analyzer.GetType().Name}: {exception}");
                    }
                },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(
                ImmutableArray.Create(_settings.Analyzer()), options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            foreach (var d in diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)))
            {
                exceptions.Add($"{parsed.Name}: {d}");
            }

            var actual = diagnostics
                .Where(d => Rules.Contains(d.Id) && d.Location.IsInSource && d.Location.SourceTree!.FilePath == parsed.Name)
                .Select(d => (d.Id, d.Location.SourceSpan))
                .ToHashSet();

            foreach (var rule in Rules)
            {
                var expectedForRule = parsed.Expected.Where(e => e.Id == rule).ToHashSet();
                var actualForRule = actual.Where(a => a.Id == rule).ToHashSet();
                var c = counts[rule];
                foreach (var hit in actualForRule)
                {
                    if (expectedForRule.Contains(hit))
                    {
                        c.TruePositives++;
                    }
                    else
                    {
                        c.FalsePositives++;
                        findings.Add(Describe("FP", rule, parsed, hit.SourceSpan));
                    }
                }

                foreach (var miss in expectedForRule.Where(e => !actualForRule.Contains(e)))
                {
                    c.FalseNegatives++;
                    findings.Add(Describe("FN", rule, parsed, miss.SourceSpan));
                }
            }
        }

        var total = new Counts
        {
            TruePositives = counts.Values.Sum(c => c.TruePositives),
            FalsePositives = counts.Values.Sum(c => c.FalsePositives),
            FalseNegatives = counts.Values.Sum(c => c.FalseNegatives),
        };

        var report = new StringBuilder();
        report.AppendLine($"{_settings.Title}: {files.Count} files, {aiCalls} AI calls, {expectedTotal} expected diagnostics " +
                          $"({string.Join(", ", Rules.Select(r => $"{r}: {counts[r].TruePositives + counts[r].FalseNegatives}"))})");
        foreach (var rule in Rules)
        {
            report.AppendLine($"{rule}: {counts[rule]}");
        }

        report.AppendLine($"Overall: {total}");
        report.AppendLine($"Analyzer exceptions: {exceptions.Count}");
        foreach (var e in exceptions)
        {
            report.AppendLine("  " + e);
        }

        report.AppendLine($"False positives / false negatives: {findings.Count}");
        foreach (var finding in findings.OrderBy(f => f, StringComparer.Ordinal))
        {
            report.AppendLine("  " + finding);
        }

        _output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, _settings.Folder.ToLowerInvariant() + "-report.txt"), report.ToString());

        Assert.True(compileErrors.Length == 0, "Corpus cases do not compile:" + Environment.NewLine + compileErrors);
        Assert.True(exceptions.Count == 0, "Analyzer exceptions:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions));
        var (precisionTarget, recallTarget) = (_settings.PrecisionTarget, _settings.RecallTarget);
        var scored = _settings.PerRule ? Rules.Select(r => (Name: r, Counts: counts[r])) : new[] { (Name: "Overall", Counts: total) };
        var failures = scored
            .Where(s => s.Counts.Precision < precisionTarget || s.Counts.Recall < recallTarget)
            .Select(s => $"{s.Name}: precision {s.Counts.Precision:P1} (target {precisionTarget:P0}), recall {s.Counts.Recall:P1} (target {recallTarget:P0})")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures) + Environment.NewLine + report);
    }

    private string Describe(string kind, string rule, CorpusCase parsed, TextSpan span)
    {
        var text = SourceText.From(parsed.Source);
        var line = text.Lines.GetLineFromPosition(span.Start);
        var snippet = parsed.Source.Substring(span.Start, Math.Min(span.Length, 80)).Replace("\n", " ", StringComparison.Ordinal);
        var atAiCall = span.Start >= AiMarker.Length && parsed.Source.Substring(span.Start - AiMarker.Length, AiMarker.Length) == AiMarker;
        var note = _settings.SpansAtAiCalls && !atAiCall ? " [not a marked AI call]" : string.Empty;
        return $"{kind} {rule} {parsed.Name}:{line.LineNumber + 1}{note}  `{snippet}`  | {line.ToString().Trim()}";
    }

    /// <summary>What a project with ImplicitUsings enabled gets (Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private CSharpCompilation Compile(CorpusCase parsed)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(_settings.ImplicitUsingsOnly ? ImplicitUsings : TestSetup.GlobalUsings, parseOptions, "GlobalUsings.cs"),
            CSharpSyntaxTree.ParseText(parsed.Source, parseOptions, parsed.Name),
        };
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["MEAI001"] = ReportDiagnostic.Suppress,
                ["OPENAI001"] = ReportDiagnostic.Suppress,
                ["OPENAI002"] = ReportDiagnostic.Suppress,
                ["SKEXP0001"] = ReportDiagnostic.Suppress,
                ["SKEXP0010"] = ReportDiagnostic.Suppress,
                ["CS1998"] = ReportDiagnostic.Suppress,
                // Reference-version unification notes (the SDKs target net8.0/net9.0); the analyzer testing framework hides them too.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        var compilation = CSharpCompilation.Create(_settings.Folder + "_" + Path.GetFileNameWithoutExtension(parsed.Name).Replace('.', '_'), trees, _settings.AspNetCore ? TestReferences.WithAspNetCore : TestReferences.All, options);

        // Gateways in the cases get their generated bodies, as in a real build.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new generators::ResponsibleAI.Generators.AiFeatureGenerator().AsSourceGenerator() }, parseOptions: parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return (CSharpCompilation)generated;
    }

    private sealed class Counts
    {
        public int TruePositives { get; set; }
        public int FalsePositives { get; set; }
        public int FalseNegatives { get; set; }
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public override string ToString() =>
            $"TP={TruePositives} FP={FalsePositives} FN={FalseNegatives} precision={Precision:0.000} recall={Recall:0.000}";
    }

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }

    /// <summary>A case file with its markup removed: source, expected (id, span) set, AI-call count, configuration.</summary>
    private sealed class CorpusCase
    {
        public required string Name { get; init; }
        public required string Source { get; init; }
        public required HashSet<(string Id, TextSpan SourceSpan)> Expected { get; init; }
        public required List<string> MarkupProblems { get; init; }
        public int AiCallCount { get; init; }
        public string? Configuration { get; init; }

        public static CorpusCase Load(string path, bool spansAtAiCalls, string[] rules, string[] markedOnly)
        {
            var name = Path.GetFileName(path);
            var raw = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var source = new StringBuilder(raw.Length);
            var expected = new HashSet<(string, TextSpan)>();
            var problems = new List<string>();
            var open = new Stack<(string Id, int Start)>();
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '{' && i + 1 < raw.Length && raw[i + 1] == '|')
                {
                    var colon = raw.IndexOf(':', i + 2);
                    var id = colon < 0 ? string.Empty : raw.Substring(i + 2, colon - i - 2);
                    if (!rules.Contains(id) && !markedOnly.Contains(id))
                    {
                        problems.Add($"unknown markup id '{id}' at offset {i}");
                        continue;
                    }

                    open.Push((id, source.Length));
                    i = colon;
                    continue;
                }

                if (raw[i] == '|' && i + 1 < raw.Length && raw[i + 1] == '}' && open.Count > 0)
                {
                    var (id, start) = open.Pop();
                    if (markedOnly.Contains(id))
                    {
                        i++;
                        continue;
                    }

                    if (!expected.Add((id, TextSpan.FromBounds(start, source.Length))))
                    {
                        problems.Add($"duplicate expectation {id} at offset {start}");
                    }

                    i++;
                    continue;
                }

                source.Append(raw[i]);
            }

            if (open.Count > 0)
            {
                problems.Add($"{open.Count} unclosed markup span(s)");
            }

            var text = source.ToString();
            foreach (var (id, span) in spansAtAiCalls ? expected : new HashSet<(string, TextSpan)>())
            {
                if (span.Start < AiMarker.Length || text.Substring(span.Start - AiMarker.Length, AiMarker.Length) != AiMarker)
                {
                    problems.Add($"expected {id} at offset {span.Start} does not follow an {AiMarker} marker");
                }
            }

            var configPath = path.Substring(0, path.Length - ".cs.txt".Length) + ".ResponsibleAI.txt";
            return new CorpusCase
            {
                Name = name,
                Source = text,
                Expected = expected,
                MarkupProblems = problems,
                AiCallCount = CountOccurrences(text, AiMarker),
                Configuration = File.Exists(configPath) ? File.ReadAllText(configPath) : null,
            };
        }

        private static int CountOccurrences(string text, string value)
        {
            var count = 0;
            for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
