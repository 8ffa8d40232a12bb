using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Benchmarks.Corpus;
using ResponsibleAI.Benchmarks.Harness;

namespace ResponsibleAI.Benchmarks.Suites;

/// <summary>
/// Binding plus analysis of a whole corpus at three sizes: binding alone, the empty analyzer, the pack (with and without
/// an AI SDK referenced) and CA1416 on the platform twin. Every benchmark checks the diagnostics it got.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PackBenchmarks
{
    private AnalysisRunner _ai = null!;
    private AnalysisRunner _platform = null!;
    private AnalysisRunner _noSdk = null!;

    [Params(100, 1000, 5000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ai = new AnalysisRunner(CorpusGenerator.Generate(Files, CorpusKind.Ai));
        _platform = new AnalysisRunner(CorpusGenerator.Generate(Files, CorpusKind.Platform));
        _noSdk = new AnalysisRunner(CorpusGenerator.Generate(Files, CorpusKind.NoSdk));
    }

    [Benchmark(Baseline = true, Description = "AI corpus: binding only")]
    public int BindingOnly() => _ai.BindOnly().Errors;

    [Benchmark(Description = "AI corpus: EmptyAnalyzer")]
    public int Empty() => Run(_ai, AnalyzerSets.Empty());

    [Benchmark(Description = "AI corpus: RAI pack")]
    public int Pack() => Run(_ai, AnalyzerSets.Pack());

    [Benchmark(Description = "platform twin: CA1416")]
    public int Ca1416() => Run(_platform, AnalyzerSets.Ca1416());

    [Benchmark(Description = "no AI SDK: RAI pack")]
    public int PackWithoutSdk() => Run(_noSdk, AnalyzerSets.Pack());

    internal static int Run(AnalysisRunner runner, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var outcome = runner.Analyze(analyzers);
        var expected = RatioHarness.ExpectedFor(runner.Corpus, analyzers);
        if (!RatioHarness.SameCounts(outcome.Counts, expected))
        {
            throw new InvalidOperationException($"Expected {RatioHarness.Format(expected)}, got {RatioHarness.Format(outcome.Counts)}.");
        }

        return outcome.Counts.Count;
    }
}

/// <summary>Each analyzer of the pack alone on the 1,000-file AI corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SingleAnalyzerBenchmarks
{
    private AnalysisRunner _ai = null!;

    public static IEnumerable<string> Names => AnalyzerSets.PackNames;

    [ParamsSource(nameof(Names))]
    public string Analyzer { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _ai = new AnalysisRunner(CorpusGenerator.Generate(1000, CorpusKind.Ai));

    [Benchmark]
    public int Alone() => PackBenchmarks.Run(_ai, AnalyzerSets.One(Analyzer));
}

/// <summary>The editor's work per keystroke: one edited 1,000-line document with 30 AI calls in a 1,000-file compilation.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class EditorBenchmarks
{
    private EditorScenario _editor = null!;

    [GlobalSetup]
    public void Setup() => _editor = EditorScenario.Create(new AnalysisRunner(CorpusGenerator.Generate(1000, CorpusKind.Ai)));

    [Benchmark]
    public int EditedDocument()
    {
        _editor.RunOnce(validate: true);
        return _editor.LastCounts.Count;
    }
}
