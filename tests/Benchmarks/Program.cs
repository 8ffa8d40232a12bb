using System;
using System.Linq;
using BenchmarkDotNet.Running;
using ResponsibleAI.Benchmarks.Harness;

namespace ResponsibleAI.Benchmarks;

/// <summary>
/// <c>ratios [--files 1000] [--runs 5] [--alone]</c>: the budget table (pack versus CA1416 and the empty analyzer, size growth,
/// no SDK, one edited document, the generator), configurations interleaved in one process, medians of the runs.
/// <c>generator [--files 1000] [--runs 5]</c>: the generator's full run and reruns alone.
/// <c>scale [--max 3200] [--runs 1]</c>: one method of growing size, each flow analyzer's execution time; then a
/// ResponsibleAI.txt of 1,250 to 10,000 lines, the whole pack's.
/// <c>gate [--files 1000]</c>: how many member bodies each rule binds, decided from syntax.
/// <c>check [--files 100]</c>: every corpus gives the expected diagnostics (a fast wrong analyzer cannot pass).
/// <c>bdn [BenchmarkDotNet arguments]</c>: the BenchmarkDotNet suite.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "ratios";
        var rest = args.Skip(1).ToArray();
        switch (command)
        {
            case "ratios":
                return RatioHarness.Run(Option(rest, "--files", 1000), Option(rest, "--runs", 5), rest.Contains("--alone"), Console.Out);
            case "generator":
                return RatioHarness.RunGenerator(Option(rest, "--files", 1000), Option(rest, "--runs", 5), Console.Out);
            case "scale":
                var scaled = ScaleScenarios.Run(new[] { 400, 800, 1600, 3200 }.Where(n => n <= Option(rest, "--max", 3200)).ToList(), Option(rest, "--runs", 1), Console.Out);
                return scaled != 0 ? scaled : ScaleScenarios.RunConfiguration(new[] { 1250, 2500, 5000, 10000 }, Option(rest, "--runs", 1), Console.Out);
            case "gate":
                return GateReport.Run(Option(rest, "--files", 1000), Console.Out);
            case "check":
                return RatioHarness.Check(Option(rest, "--files", 100), Console.Out);
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command '{command}'. Use ratios, generator, scale, gate, check or bdn.");
                return 2;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
