using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.IntegrationTests.Performance;

/// <summary>
/// The performance suite's corpora stay honest: <c>tests/Benchmarks/run.sh check</c> builds the suite and runs the pack
/// over the 100-file AI corpus and CA1416 over its platform twin, and fails unless each gives exactly the diagnostics
/// its generator expects (so a benchmark can never time a wrong or silent analyzer). Timings are not asserted here:
/// they are measured by the suite itself (docs/performance.md).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BenchmarkSuiteTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Every_benchmark_corpus_gives_the_diagnostics_its_generator_expects()
    {
        var (exited, exitCode, log, _) = await RepositoryScript.RunAsync(Path.Combine("tests", "Benchmarks", "run.sh"), new[] { "check", "--files", "100" }, Budget);
        output.WriteLine(log);
        Assert.True(exited, $"run.sh check took longer than {Budget.TotalMinutes} minutes.");
        Assert.True(exitCode == 0, $"run.sh check failed ({exitCode}):\n{RepositoryScript.Tail(log)}");
        var lines = log.Split('\n').Where(l => l.Contains(" files, ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.EndsWith("OK", line.TrimEnd()));
        Assert.Contains(lines, line => line.StartsWith("Ai ", StringComparison.Ordinal) && line.Contains("got RAI1001 5, RAI1002 10, RAI1003 15, RAI1005 30", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Platform ", StringComparison.Ordinal) && line.Contains("got CA1416 10", StringComparison.Ordinal));
    }
}
