using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Benchmarks.Corpus;
using ResponsibleAI.Benchmarks.Harness;
using ResponsibleAI.Generators;

namespace ResponsibleAI.Benchmarks.Suites;

/// <summary>
/// The source generator over the 1,000-file AI corpus plus 50 gateway features: a full run, then a rerun after an
/// unrelated edit, after an edit inside a gateway's implementation body, and after an attribute change. Each rerun
/// reports the reasons of the tracked steps: only the attribute change may produce <c>Modified</c> outputs.
/// </summary>
public sealed class GeneratorScenario
{
    public const int Features = 50;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly CSharpCompilation _compilation;
    private readonly SyntaxTree _gatewayTree;
    private readonly SyntaxTree _unrelatedTree;

    public GeneratorScenario(AnalysisRunner runner)
    {
        var gateways = CSharpSyntaxTree.ParseText(SourceText.From(GatewaySource(), Encoding.UTF8), ParseOptions, "Gateways/Gateways.cs");
        _gatewayTree = gateways;
        _unrelatedTree = runner.Trees[runner.Trees.Length - 1];
        _compilation = runner.NewCompilation(runner.Trees.Add(gateways));
    }

    /// <summary>Runs the four scenarios once; returns (name, wall time, reasons of the tracked steps).</summary>
    public IReadOnlyList<(string Name, TimeSpan Wall, string Reasons)> Run()
    {
        var results = new List<(string, TimeSpan, string)>();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new AiFeatureGenerator().AsSourceGenerator() }, parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        // A fresh compilation object (same trees) for every measured run: no caches of an earlier run help the full run.
        var fresh = _compilation.Clone();
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(fresh);
        results.Add(("full run", watch.Elapsed, Reasons(driver)));
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Length;
        if (generated < Features)
        {
            throw new InvalidOperationException($"The generator wrote {generated} files for {Features} features.");
        }

        var unrelated = fresh.ReplaceSyntaxTree(_unrelatedTree, Edit(_unrelatedTree, "// edit here", "// edited\n"));
        watch.Restart();
        var afterUnrelated = driver.RunGenerators(unrelated);
        results.Add(("rerun after an unrelated edit", watch.Elapsed, Reasons(afterUnrelated)));

        var body = fresh.ReplaceSyntaxTree(_gatewayTree, Edit(_gatewayTree, "return \"draft 0: \"", "return \"draft zero: \""));
        watch.Restart();
        var afterBody = driver.RunGenerators(body);
        results.Add(("rerun after an edit in an implementation body", watch.Elapsed, Reasons(afterBody)));

        var attribute = fresh.ReplaceSyntaxTree(_gatewayTree, Edit(_gatewayTree, "\"feature.0\"", "\"feature.zero\""));
        watch.Restart();
        var afterAttribute = driver.RunGenerators(attribute);
        results.Add(("rerun after an attribute change", watch.Elapsed, Reasons(afterAttribute)));
        return results;
    }

    private static SyntaxTree Edit(SyntaxTree tree, string find, string replace)
    {
        var text = tree.GetText();
        var index = text.ToString().IndexOf(find, StringComparison.Ordinal);
        if (index < 0)
        {
            // Nothing to find (the unrelated file has no marker): append a comment instead.
            return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), "\n" + replace)));
        }

        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(index, find.Length), replace)));
    }

    private static string Reasons(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var outputs = result.TrackedSteps.SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (Step: s.Key, o.Reason))))
            .Concat(result.TrackedOutputSteps.SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (Step: "output " + s.Key, o.Reason)))))
            .ToList();
        var counts = outputs.GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var modified = outputs.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => o.Step).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        return string.Join(", ", counts) + (modified.Any() ? " (new or modified: " + string.Join(", ", modified) + ")" : "");
    }

    /// <summary>Fifty gateway features: a partial method with [AiFeature] and a private implementation calling IChatClient.</summary>
    private static string GatewaySource()
    {
        var sb = new StringBuilder("using System;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\nusing ResponsibleAI;\n\nnamespace Contoso.Gateways;\n\n");
        for (var i = 0; i < Features; i++)
        {
            sb.Append($$"""
                public partial class Gateway{{i}}(IAiGovernance governance, IChatClient chat)
                {
                    private readonly IAiGovernance _governance = governance;

                    [AiFeature("feature.{{i}}", Capability = AiCapability.Summarization, Provider = "openai", Implementation = nameof(SummarizeCoreAsync))]
                    public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text, CancellationToken cancellationToken);

                    private async Task<string> SummarizeCoreAsync(AiSubject subject, string text, CancellationToken cancellationToken)
                    {
                        var response = await chat.GetResponseAsync(text, cancellationToken: cancellationToken);
                        return "draft {{i}}: " + response.Text;
                    }
                }


                """);
        }

        return sb.ToString();
    }
}
