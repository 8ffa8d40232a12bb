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
/// The side-by-side harness: every configuration runs in this one process, interleaved run after run, and the table
/// holds medians. Execution time is the analyzers' own (the driver's telemetry); "extra CPU" is the process CPU of
/// binding plus analysis minus the median CPU of binding alone, which is what a build pays for the analyzers.
/// </summary>
public static class RatioHarness
{
    public static int Check(int files, TextWriter output)
    {
        var failures = 0;
        foreach (var kind in new[] { CorpusKind.Ai, CorpusKind.Platform, CorpusKind.NoSdk })
        {
            var runner = new AnalysisRunner(CorpusGenerator.Generate(files, kind));
            var (_, _, errors) = runner.BindOnly();
            var analyzers = kind == CorpusKind.Platform ? AnalyzerSets.Ca1416() : AnalyzerSets.Pack();
            var outcome = runner.Analyze(analyzers);
            var ok = errors == 0 && SameCounts(outcome.Counts, runner.Corpus.Expected);
            failures += ok ? 0 : 1;
            output.WriteLine($"{kind,-9} {files} files, {runner.Corpus.Lines} lines, {errors} compile errors: expected {Format(runner.Corpus.Expected)}, got {Format(outcome.Counts)} {(ok ? "OK" : "MISMATCH")}");
        }

        return failures == 0 ? 0 : 1;
    }

    public static int Run(int files, int runs, bool alone, TextWriter output)
    {
        var ai = new AnalysisRunner(CorpusGenerator.Generate(files, CorpusKind.Ai));
        var platform = new AnalysisRunner(CorpusGenerator.Generate(files, CorpusKind.Platform));
        var noSdk = new AnalysisRunner(CorpusGenerator.Generate(files, CorpusKind.NoSdk));
        var large = new AnalysisRunner(CorpusGenerator.Generate(files * 5, CorpusKind.Ai));
        var small = new AnalysisRunner(CorpusGenerator.Generate(Math.Max(files / 10, 20), CorpusKind.Ai));
        var editor = EditorScenario.Create(ai);

        var configurations = new List<Configuration>
        {
            new("AI corpus: binding only", ai, null),
            new("AI corpus: EmptyAnalyzer", ai, AnalyzerSets.Empty),
            new("AI corpus: RAI pack", ai, AnalyzerSets.Pack),
            new("AI corpus: a no-op code-block action (the pack's kind)", ai, AnalyzerSets.EmptyCodeBlock),
            new("AI corpus: a no-op operation action (CA1416's kind)", ai, AnalyzerSets.EmptyOperation),
            new("AI corpus: a no-op semantic-model action (once per file)", ai, AnalyzerSets.EmptySemanticModel),
            new("platform twin: binding only", platform, null),
            new("platform twin: EmptyAnalyzer", platform, AnalyzerSets.Empty),
            new("platform twin: CA1416", platform, AnalyzerSets.Ca1416),
            new("no AI SDK: binding only", noSdk, null),
            new("no AI SDK: EmptyAnalyzer", noSdk, AnalyzerSets.Empty),
            new("no AI SDK: RAI pack", noSdk, AnalyzerSets.Pack),
            new($"AI corpus x{small.Corpus.Files.Length - 1} files: RAI pack", small, AnalyzerSets.Pack),
            new($"AI corpus x{large.Corpus.Files.Length - 1} files: RAI pack", large, AnalyzerSets.Pack),
        };
        if (alone)
        {
            configurations.AddRange(AnalyzerSets.PackNames.Select(name => new Configuration($"AI corpus: {name} alone", ai, () => AnalyzerSets.One(name))));
        }

        // Warm-up: JIT every path once, and check the counts before anything is timed.
        foreach (var configuration in configurations)
        {
            configuration.RunOnce(validate: true);
        }

        editor.RunOnce(validate: true);

        for (var run = 0; run < runs; run++)
        {
            foreach (var configuration in configurations)
            {
                if (configuration.Runner == large && run % 2 == 1)
                {
                    continue; // the 5x corpus is slow: every other run
                }

                configuration.RunOnce(validate: false);
            }

            editor.RunOnce(validate: false);
        }

        Report(output, files, runs, ai, platform, configurations, editor);
        ReportGenerator(output, new Suites.GeneratorScenario(ai), runs);
        return 0;
    }

    private static void Report(TextWriter output, int files, int runs, AnalysisRunner ai, AnalysisRunner platform, List<Configuration> configurations, EditorScenario editor)
    {
        Configuration Find(string name) => configurations.Single(c => c.Name == name);
        var aiBind = Find("AI corpus: binding only").MedianCpu;
        var platformBind = Find("platform twin: binding only").MedianCpu;
        var noSdkBind = Find("no AI SDK: binding only").MedianCpu;

        output.WriteLine($"# ResponsibleAI performance: {files} files ({ai.Corpus.Lines:N0} lines, AI corpus), {runs} interleaved runs, medians");
        output.WriteLine();
        output.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}");
        output.WriteLine();
        output.WriteLine("| configuration | diagnostics | analyzer execution time (ms) | CPU (ms) | extra CPU over binding (ms) | wall (ms) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var c in configurations)
        {
            var bind = c.Runner == ai ? aiBind : c.Runner == platform ? platformBind : c.Runner.Corpus.Kind == CorpusKind.NoSdk ? noSdkBind : (TimeSpan?)null;
            var extra = c.Analyzers is null || bind is null ? "" : Ms(c.MedianCpu - bind.Value);
            output.WriteLine($"| {c.Name} | {Format(c.LastCounts)} | {(c.Analyzers is null ? "" : Ms(c.MedianExecution))} | {Ms(c.MedianCpu)} | {extra} | {Ms(c.MedianWall)} |");
        }

        output.WriteLine($"| {editor.Name} | {Format(editor.LastCounts)} | {Ms(editor.MedianExecution)} | {Ms(editor.MedianCpu)} | | {Ms(editor.MedianWall)} |");
        output.WriteLine();

        var pack = Find("AI corpus: RAI pack");
        var ca1416 = Find("platform twin: CA1416");
        var empty = Find("AI corpus: EmptyAnalyzer");
        var noSdkPack = Find("no AI SDK: RAI pack");
        var noSdkEmpty = Find("no AI SDK: EmptyAnalyzer");
        var large = configurations.Single(c => c.Name.StartsWith("AI corpus x", StringComparison.Ordinal) && c.Runner.Corpus.Files.Length > ai.Corpus.Files.Length);
        var packExtra = pack.MedianCpu - aiBind;
        var caExtra = ca1416.MedianCpu - platformBind;
        output.WriteLine("| budget | measured | target |");
        output.WriteLine("|---|---:|---|");
        output.WriteLine($"| pack / CA1416, analyzer execution time | {Ratio(pack.MedianExecution, ca1416.MedianExecution)} | ≤ 0.50 |");
        output.WriteLine($"| pack / CA1416, extra CPU over binding | {Ratio(packExtra, caExtra)} | ≤ 0.50 |");
        output.WriteLine($"| pack, 5x files / 1x files (wall) | {Ratio(large.MedianWall, pack.MedianWall)} | ≤ 5.5 |");
        output.WriteLine($"| no AI SDK: pack − EmptyAnalyzer, extra CPU | {Ms(noSdkPack.MedianCpu - noSdkEmpty.MedianCpu)} ms (EmptyAnalyzer over binding: {Ms(noSdkEmpty.MedianCpu - noSdkBind)} ms) | within noise |");
        output.WriteLine($"| one edited document, analyzer execution time | {Ms(editor.MedianExecution)} ms | ≤ 10 ms |");
        output.WriteLine($"| AI corpus: EmptyAnalyzer extra CPU over binding (the driver's floor) | {Ms(empty.MedianCpu - aiBind)} ms | |");
        var codeBlockFloor = Find("AI corpus: a no-op code-block action (the pack's kind)").MedianCpu - aiBind;
        var operationFloor = Find("AI corpus: a no-op operation action (CA1416's kind)").MedianCpu - aiBind;
        var semanticModelFloor = Find("AI corpus: a no-op semantic-model action (once per file)").MedianCpu - aiBind;
        output.WriteLine($"| the driver's floor, extra CPU: a no-op code-block action / operation action / semantic-model action | {Ms(codeBlockFloor)} / {Ms(operationFloor)} / {Ms(semanticModelFloor)} ms | |");
        output.WriteLine($"| pack / CA1416, extra CPU above each one's floor | {Ratio(packExtra - codeBlockFloor, caExtra - operationFloor)} | |");
        output.WriteLine();
        output.WriteLine("Per analyzer (execution time inside the whole pack, median):");
        output.WriteLine();
        foreach (var name in AnalyzerSets.PackNames)
        {
            var single = configurations.SingleOrDefault(c => c.Name == $"AI corpus: {name} alone");
            output.WriteLine($"- {name}: {Ms(pack.MedianPerAnalyzer(name))} ms" + (single is null ? "" : $" (alone: {Ms(single.MedianExecution)} ms)"));
        }
    }

    public static int RunGenerator(int files, int runs, TextWriter output)
    {
        ReportGenerator(output, new Suites.GeneratorScenario(new AnalysisRunner(CorpusGenerator.Generate(files, CorpusKind.Ai))), runs);
        return 0;
    }

    private static void ReportGenerator(TextWriter output, Suites.GeneratorScenario generator, int runs)
    {
        var walls = new Dictionary<string, List<TimeSpan>>();
        var reasons = new Dictionary<string, string>();
        generator.Run(); // warm-up
        for (var run = 0; run < runs; run++)
        {
            foreach (var (name, wall, reason) in generator.Run())
            {
                if (!walls.TryGetValue(name, out var list))
                {
                    walls[name] = list = new List<TimeSpan>();
                }

                list.Add(wall);
                reasons[name] = reason;
            }
        }

        output.WriteLine();
        output.WriteLine($"Generator ({Suites.GeneratorScenario.Features} features in the same compilation), median wall time:");
        output.WriteLine();
        output.WriteLine("| run | wall (ms) | tracked step outputs |");
        output.WriteLine("|---|---:|---|");
        foreach (var pair in walls)
        {
            output.WriteLine($"| {pair.Key} | {Ms(Median(pair.Value))} | {reasons[pair.Key]} |");
        }

        var full = Median(walls["full run"]);
        var unrelated = Median(walls["rerun after an unrelated edit"]);
        output.WriteLine();
        output.WriteLine($"| budget | measured | target |");
        output.WriteLine("|---|---:|---|");
        output.WriteLine($"| generator rerun after an unrelated edit / full run | {Ratio(unrelated, full)} | ≤ 0.05 |");
    }

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan a, TimeSpan b) => b.Ticks == 0 ? "n/a" : (a.TotalMilliseconds / b.TotalMilliseconds).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The corpus's expected diagnostics of the rules these analyzers report.</summary>
    internal static ImmutableDictionary<string, int> ExpectedFor(GeneratedCorpus corpus, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        corpus.Expected.Where(p => analyzers.SelectMany(a => a.SupportedDiagnostics).Any(d => d.Id == p.Key)).ToImmutableDictionary();

    internal static bool SameCounts(ImmutableDictionary<string, int> actual, ImmutableDictionary<string, int> expected) =>
        actual.Count == expected.Count && expected.All(pair => actual.TryGetValue(pair.Key, out var count) && count == pair.Value);

    internal static string Format(ImmutableDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));

    internal static TimeSpan Median(List<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : TimeSpan.FromTicks((sorted[sorted.Count / 2 - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);
    }

    private sealed class Configuration(string name, AnalysisRunner runner, Func<ImmutableArray<DiagnosticAnalyzer>>? analyzers)
    {
        private readonly List<TimeSpan> _execution = new();
        private readonly List<TimeSpan> _cpu = new();
        private readonly List<TimeSpan> _wall = new();
        private readonly Dictionary<string, List<TimeSpan>> _perAnalyzer = new();

        public string Name { get; } = name;

        public AnalysisRunner Runner { get; } = runner;

        public Func<ImmutableArray<DiagnosticAnalyzer>>? Analyzers { get; } = analyzers;

        public ImmutableDictionary<string, int> LastCounts { get; private set; } = ImmutableDictionary<string, int>.Empty;

        public TimeSpan MedianExecution => Median(_execution);

        public TimeSpan MedianCpu => Median(_cpu);

        public TimeSpan MedianWall => Median(_wall);

        public TimeSpan MedianPerAnalyzer(string name) => _perAnalyzer.TryGetValue(name, out var values) ? Median(values) : TimeSpan.Zero;

        public void RunOnce(bool validate)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (Analyzers is null)
            {
                var (cpu, wall, errors) = Runner.BindOnly();
                if (validate && errors > 0)
                {
                    throw new InvalidOperationException($"{Name}: the corpus has {errors} compile errors.");
                }

                if (!validate)
                {
                    _cpu.Add(cpu);
                    _wall.Add(wall);
                }

                return;
            }

            var analyzers = Analyzers();
            var outcome = Runner.Analyze(analyzers);
            LastCounts = outcome.Counts;
            var expected = ExpectedFor(Runner.Corpus, analyzers);
            if (!SameCounts(outcome.Counts, expected))
            {
                throw new InvalidOperationException($"{Name}: expected {Format(expected)}, got {Format(outcome.Counts)}.");
            }

            if (!validate)
            {
                _execution.Add(outcome.ExecutionTime);
                _cpu.Add(outcome.Cpu);
                _wall.Add(outcome.Wall);
                foreach (var pair in outcome.PerAnalyzer)
                {
                    if (!_perAnalyzer.TryGetValue(pair.Key, out var list))
                    {
                        _perAnalyzer[pair.Key] = list = new List<TimeSpan>();
                    }

                    list.Add(pair.Value);
                }
            }
        }
    }
}
