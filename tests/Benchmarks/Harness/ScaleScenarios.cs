using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Benchmarks.Corpus;

namespace ResponsibleAI.Benchmarks.Harness;

/// <summary>
/// Large single methods: how each flow analyzer's execution time grows with the size of one method. The shape the
/// disclosure analysis once found hardest: one AI call, then N if/else blocks that each derive a new local from the
/// previous one (every local stays tainted), the result returned at the end.
/// </summary>
public static class ScaleScenarios
{
    public static int Run(IReadOnlyList<int> sizes, int runs, TextWriter output)
    {
        output.WriteLine("| shape | N | lines | AiOutputAnalyzer (ms) | ConsentAndOptOutAnalyzer (ms) | InventoryAnalyzer (ms) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, make) in Shapes())
        {
            foreach (var n in sizes)
            {
                var text = make(n);
                var errors = CSharpCompilation.Create("Check", new[] { CSharpSyntaxTree.ParseText(text), CSharpSyntaxTree.ParseText(GovernanceText()) }, CorpusReferences.WithAi, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                    .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"{name}, N = {n}: the generated method does not compile: {errors[0]}");
                }

                var runner = new AnalysisRunner(new GeneratedCorpus(CorpusKind.Ai, ImmutableArray.Create(("Governance.cs", GovernanceText()), ("Big.cs", text)),
                    ImmutableDictionary<string, int>.Empty, text.Count(c => c == '\n')));
                var times = new[] { "AiOutputAnalyzer", "ConsentAndOptOutAnalyzer", "InventoryAnalyzer" }.Select(analyzer =>
                {
                    var values = new List<TimeSpan>();
                    for (var run = 0; run < runs; run++)
                    {
                        values.Add(runner.Analyze(AnalyzerSets.One(analyzer)).ExecutionTime);
                    }

                    return RatioHarness.Median(values).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                }).ToList();
                output.WriteLine($"| {name} | {n} | {runner.Corpus.Lines} | {times[0]} | {times[1]} | {times[2]} |");
            }
        }

        return 0;
    }

    /// <summary>
    /// A ResponsibleAI.txt of N lines (features, guards and output lines naming members of a shared library this project
    /// does not have: each is parsed and looked up, as a file shared across a solution is) beside the 100-file corpus:
    /// the whole pack's execution time.
    /// </summary>
    public static int RunConfiguration(IReadOnlyList<int> sizes, int runs, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| ResponsibleAI.txt lines | RAI pack execution time (ms) | RAI9001 |");
        output.WriteLine("|---:|---:|---:|");
        var runner = new AnalysisRunner(CorpusGenerator.Generate(100, CorpusKind.Ai));
        foreach (var n in sizes)
        {
            var text = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                text.Append((i % 4) switch
                {
                    0 => FormattableString.Invariant($"feature M:Shared{i}.Client.AskAsync(System.String) ; id=shared{i}.ask ; capability=Chat\n"),
                    1 => FormattableString.Invariant($"consent-guard M:Shared{i}.Privacy.HasConsent(System.String)\n"),
                    2 => FormattableString.Invariant($"disclosure M:Shared{i}.Labels.Mark(System.String)\n"),
                    _ => i % 8 == 3 ? "# a comment\n" : FormattableString.Invariant($"a malformed line {i}\n"),
                });
            }

            var file = ImmutableArray.Create<AdditionalText>(new TextFile("/src/ResponsibleAI.txt", text.ToString()));
            var values = new List<TimeSpan>();
            var malformed = 0;
            for (var run = 0; run < runs; run++)
            {
                var outcome = runner.Analyze(AnalyzerSets.Pack(), additionalFiles: file);
                values.Add(outcome.ExecutionTime);
                malformed = outcome.Counts.TryGetValue("RAI9001", out var count) ? count : 0;
            }

            if (malformed != n / 8)
            {
                throw new InvalidOperationException($"ResponsibleAI.txt of {n} lines: expected {n / 8} RAI9001, got {malformed}.");
            }

            output.WriteLine($"| {n:N0} | {RatioHarness.Median(values).TotalMilliseconds:0} | {malformed} |");
        }

        return 0;
    }

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text, Encoding.UTF8);
    }

    private static string GovernanceText() => CorpusGenerator.Generate(1, CorpusKind.Ai).Files[0].Text;

    private static IEnumerable<(string Name, Func<int, string> Make)> Shapes()
    {
        yield return ("derivation chain (method-level locals)", n =>
        {
            var sb = new StringBuilder("using System;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\n\npublic sealed class Big(IChatClient chat)\n{\n    public async Task<string> RunAsync(string user)\n    {\n        var d0 = (await chat.GetResponseAsync(user)).Text;\n");
            for (var i = 0; i < n; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"        string d{i + 1};\n        if (user.Length > {i}) {{ d{i + 1} = d{i} + \"a\"; }} else {{ d{i + 1} = d{i} + \"b\"; }}\n");
            }

            return sb.Append(CultureInfo.InvariantCulture, $"        return d{n};\n    }}\n}}\n").ToString();
        });
        yield return ("branch-scoped locals", n =>
        {
            var sb = new StringBuilder("using System;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\n\npublic sealed class Big(IChatClient chat)\n{\n    public async Task<string> RunAsync(string user)\n    {\n        var r = (await chat.GetResponseAsync(user)).Text;\n        var total = 0;\n");
            for (var i = 0; i < n; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"        if (user.Length > {i}) {{ var x{i} = r + \"a\"; total += x{i}.Length; }} else {{ var y{i} = r + \"b\"; total -= y{i}.Length; }}\n");
            }

            return sb.Append("        return r + total;\n    }\n}\n").ToString();
        });
        yield return ("N AI calls in one method, half guarded", n =>
        {
            var sb = new StringBuilder("using System;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\nusing Contoso.Governance;\n\npublic sealed class Big(IChatClient chat, IConsentRegistry consent)\n{\n    public async Task<string> RunAsync(string user)\n    {\n        var all = \"\";\n");
            for (var i = 0; i < n; i++)
            {
                if (i % 2 == 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"        if (consent.HasConsent(user) && !consent.IsOptedOut(user)) {{ all += (await chat.GetResponseAsync(user + \"{i}\")).Text; }}\n");
                }
                else
                {
                    sb.Append(CultureInfo.InvariantCulture, $"        all += Labels.Disclose((await chat.GetResponseAsync(user + \"{i}\")).Text);\n");
                }
            }

            return sb.Append("        return all;\n    }\n}\n").ToString();
        });
        yield return ("a switch of N cases, each with an AI call", n =>
        {
            var sb = new StringBuilder("using System;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\n\npublic sealed class Big(IChatClient chat)\n{\n    public async Task<string> RunAsync(string user, int kind)\n    {\n        switch (kind)\n        {\n");
            for (var i = 0; i < n; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"            case {i}: return (await chat.GetResponseAsync(user + \"{i}\")).Text;\n");
            }

            return sb.Append("            default: return \"\";\n        }\n    }\n}\n").ToString();
        });
        yield return ("lambdas nested N/100 deep, 100 calls each level", n =>
        {
            var depth = Math.Max(1, n / 100);
            var sb = new StringBuilder("using System;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\n\npublic sealed class Big(IChatClient chat)\n{\n    public Func<string, Task<string>> Make()\n    {\n        return ");
            for (var level = 0; level < depth; level++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"async (string u{level}) => {{ var t{level} = \"\"; for (var k = 0; k < 100; k++) {{ t{level} += (await chat.GetResponseAsync(u{level} + k)).Text; }} Func<string, Task<string>> f{level} = ");
            }

            sb.Append("async (string last) => last;");
            for (var level = depth - 1; level >= 0; level--)
            {
                sb.Append(level < depth - 1 ? ";" : "").Append(CultureInfo.InvariantCulture, $" return await f{level}(t{level}); }}");
            }

            return sb.Append(";\n    }\n}\n").ToString();
        });
    }
}
