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
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1003 (undisclosed AI output leaving a method) and RAI1004 (AI output reaching a
/// review-required target without a human review) on a blind corpus of realistic integrator code written from the
/// contract and the issue text, not from the implementation (Corpus/OutputCases/*.cs.txt).
/// </summary>
/// <remarks>
/// Case-file conventions:
/// <list type="bullet">
/// <item><c>{|RAI1003:expr|}</c> / <c>{|RAI1004:expr|}</c> (nestable) mark the exact span of an expected diagnostic: the
/// value that leaves (returned expression, assigned value, sink argument, yielded value) or the value that reaches
/// the review-required target.</item>
/// <item><c>/*AI*/</c> immediately precedes every AI call in the file, so the report can say how many AI calls the corpus
/// holds. Unlike the RAI1001/RAI1002 corpus, expected spans are NOT at the AI call.</item>
/// <item>An optional <c>Name.ResponsibleAI.txt</c> beside <c>Name.cs.txt</c> is passed as the configuration file.</item>
/// </list>
/// </remarks>
public sealed class OutputCorpusEvaluationTests
{
    private const string AiMarker = "/*AI*/";
    private static readonly string[] Rules = { "RAI1003", "RAI1004" };
    private const double PrecisionTarget = 0.95;
    private const double RecallTarget = 0.90;

    private readonly ITestOutputHelper _output;

    public OutputCorpusEvaluationTests(ITestOutputHelper output) => _output = output;

    private static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus", "OutputCases");

    public static IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(CasesDirectory, "*.cs.txt").OrderBy(p => p, StringComparer.Ordinal);

    [Fact]
    public void OutputCorpusEvaluation_cases_are_well_formed_and_compile()
    {
        var files = CaseFiles().ToList();
        Assert.True(files.Count >= 25, $"expected at least 25 corpus cases in {CasesDirectory}, found {files.Count}");
        var problems = new StringBuilder();
        foreach (var file in files)
        {
            var parsed = OutputCase.Load(file);
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

    [Fact]
    public async Task OutputCorpusEvaluation_RAI1003_RAI1004_precision_and_recall()
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
            var parsed = OutputCase.Load(file);
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
                ImmutableArray.Create<DiagnosticAnalyzer>(new AiOutputAnalyzer()), options);
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

        var report = new StringBuilder();
        report.AppendLine($"Output corpus: {files.Count} files, {aiCalls} AI calls, {expectedTotal} expected diagnostics " +
                          $"({string.Join(", ", Rules.Select(r => $"{r}: {counts[r].TruePositives + counts[r].FalseNegatives}"))})");
        foreach (var rule in Rules)
        {
            report.AppendLine($"{rule}: {counts[rule]}");
        }

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
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "output-corpus-report.txt"), report.ToString());

        Assert.True(compileErrors.Length == 0, "Corpus cases do not compile:" + Environment.NewLine + compileErrors);
        Assert.True(exceptions.Count == 0, "Analyzer exceptions:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions));
        var failures = Rules
            .Where(r => counts[r].Precision < PrecisionTarget || counts[r].Recall < RecallTarget)
            .Select(r => $"{r}: precision {counts[r].Precision:P1} (target {PrecisionTarget:P0}), recall {counts[r].Recall:P1} (target {RecallTarget:P0})")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures) + Environment.NewLine + report);
    }

    private static string Describe(string kind, string rule, OutputCase parsed, TextSpan span)
    {
        var text = SourceText.From(parsed.Source);
        var line = text.Lines.GetLineFromPosition(span.Start);
        var snippet = parsed.Source.Substring(span.Start, Math.Min(span.Length, 80)).Replace("\n", " ", StringComparison.Ordinal);
        return $"{kind} {rule} {parsed.Name}:{line.LineNumber + 1}  `{snippet}`  | {line.ToString().Trim()}";
    }

    private static CSharpCompilation Compile(OutputCase parsed)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(TestSetup.GlobalUsings, parseOptions, "GlobalUsings.cs"),
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
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        return CSharpCompilation.Create("OutputCorpus_" + Path.GetFileNameWithoutExtension(parsed.Name).Replace('.', '_'), trees, TestReferences.All, options);
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
    private sealed class OutputCase
    {
        public required string Name { get; init; }
        public required string Source { get; init; }
        public required HashSet<(string Id, TextSpan SourceSpan)> Expected { get; init; }
        public required List<string> MarkupProblems { get; init; }
        public int AiCallCount { get; init; }
        public string? Configuration { get; init; }

        public static OutputCase Load(string path)
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
                    if (!Rules.Contains(id))
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
            var configPath = path.Substring(0, path.Length - ".cs.txt".Length) + ".ResponsibleAI.txt";
            return new OutputCase
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
