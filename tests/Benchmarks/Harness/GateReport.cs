using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Configuration;
using ResponsibleAI.Benchmarks.Corpus;

namespace ResponsibleAI.Benchmarks.Harness;

/// <summary>
/// <c>gate [--files 1000]</c>: how many member bodies of the AI corpus each rule binds (asks an operation tree for),
/// decided from syntax by the pack's filters. Every other body costs the pack a walk of its names, no binding.
/// </summary>
public static class GateReport
{
    public static int Run(int files, TextWriter output)
    {
        // The first pass warms the JIT up; the second, on fresh syntax trees and a fresh compilation, is reported.
        RunOnce(files, TextWriter.Null);
        return RunOnce(files, output);
    }

    private static int RunOnce(int files, TextWriter output)
    {
        var runner = new AnalysisRunner(CorpusGenerator.Generate(files, CorpusKind.Ai));
        var compilation = runner.NewCompilation();
        var blocks = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes())
            .Where(node => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null } or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax })
            .ToList();
        // Realise the syntax trees' nodes first, as binding does before the analyzers run.
        var (realiseCpu, _) = AnalysisRunner.Measure(() => blocks.ForEach(b => b.DescendantNodesAndSelf().Count()));
        var (walkCpu, _) = AnalysisRunner.Measure(() => blocks.ForEach(b => b.DescendantNodesAndSelf().Count()));
        output.WriteLine($"CPU: realising the bodies' syntax {realiseCpu.TotalMilliseconds:F0} ms; walking it again {walkCpu.TotalMilliseconds:F0} ms.");
        AiCompilationContext? ai = null;
        var (contextCpu, _) = AnalysisRunner.Measure(() => ai = AiCompilationContext.Create(compilation, ConfigurationFile.Empty, CancellationToken.None));
        if (ai is null)
        {
            throw new InvalidOperationException("The AI corpus resolves no AI call.");
        }

        var gate = SyntaxGate.For(compilation);
        var (aiWalkCpu, _) = AnalysisRunner.Measure(() => blocks.ForEach(b => ai.MayCallAi(b, CancellationToken.None)));
        var (gateFactsCpu, _) = AnalysisRunner.Measure(() => gate.MayHold(blocks[0], BodyInterest.Biometric, CancellationToken.None));
        var (gateWalkCpu, _) = AnalysisRunner.Measure(() => blocks.ForEach(b => gate.MayHold(b, BodyInterest.Biometric, CancellationToken.None)));
        output.WriteLine($"# Bodies bound per rule: {files} files, {blocks.Count} member bodies");
        output.WriteLine();
        output.WriteLine($"CPU: the AI context (vocabulary included) {contextCpu.TotalMilliseconds:F0} ms; the AI-call filter over every body {aiWalkCpu.TotalMilliseconds:F0} ms; "
                         + $"the other rules' per-file facts {gateFactsCpu.TotalMilliseconds:F0} ms and filter over every body {gateWalkCpu.TotalMilliseconds:F0} ms.");
        output.WriteLine();
        output.WriteLine("| filter | bodies bound | share |");
        output.WriteLine("|---|---:|---:|");
        void Row(string name, Func<SyntaxNode, bool> passes)
        {
            var count = blocks.Count(passes);
            output.WriteLine($"| {name} | {count} | {100.0 * count / blocks.Count:F1}% |");
        }

        Row("names an AI call (RAI1001–RAI1005)", b => ai.MayCallAi(b, CancellationToken.None));
        foreach (var interest in new[] { BodyInterest.Biometric, BodyInterest.Profiling, BodyInterest.ProviderSettings, BodyInterest.Credential, BodyInterest.SystemPrompt })
        {
            Row(interest.ToString(), b => gate.MayHold(b, interest, CancellationToken.None));
        }

        Row("any rule", b => ai.MayCallAi(b, CancellationToken.None) || gate.MayHold(b, (BodyInterest)31, CancellationToken.None));
        return 0;
    }
}
