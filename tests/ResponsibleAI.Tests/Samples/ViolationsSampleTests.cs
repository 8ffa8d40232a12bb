using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Samples;

/// <summary>
/// End-to-end checks of the samples with the real <c>dotnet build</c>: the analyzers run inside csc exactly as they do
/// for a user. samples/Violations must produce exactly the diagnostics in its expected-diagnostics.txt;
/// samples/LectureAssistant must produce none, even with <c>-warnaserror</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each build uses <c>--no-incremental</c>: an up-to-date build skips CoreCompile and prints no analyzer warnings.
/// It also uses <c>-p:BuildProjectReferences=false</c> and the test assembly's configuration: building this test project
/// has just built the analyzer, code-fix and attributes projects in that configuration, so the sample is compiled
/// against exactly the analyzers under test, and the test never rebuilds (or cleans) src/*/bin while others build there.
/// </para>
/// <para>
/// To accept a new list after an intended change, run with <c>UPDATE_SAMPLE_DIAGNOSTICS=1</c>: the test writes
/// expected-diagnostics.txt from the build and passes. Read the diff before committing it.
/// </para>
/// </remarks>
[Trait("Category", "Integration")]
public sealed class ViolationsSampleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    // C:\repo\samples\X\File.cs(12,34): warning RAI1001: message [C:\repo\samples\X\X.csproj]
    // (a span can also be (line,col,endLine,endCol); -warnaserror turns "warning" into "error").
    private static readonly Regex DiagnosticLine = new(
        @"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)\s*:\s*(?:warning|error)\s+(?<id>RAI\d+)\s*:",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    [Fact]
    public void Violations_sample_reports_exactly_the_expected_diagnostics()
    {
        var sampleDirectory = Path.Combine(RepositoryRoot(), "samples", "Violations");
        var expectedFile = Path.Combine(sampleDirectory, "expected-diagnostics.txt");

        var build = Build(Path.Combine(sampleDirectory, "Violations.csproj"), "-p:TreatWarningsAsErrors=false");
        Assert.True(build.ExitCode == 0, $"The Violations sample must build (its diagnostics are warnings). Exit code {build.ExitCode}.\n{build.Tail()}");

        var actual = ParseDiagnostics(build.Output, sampleDirectory);
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLE_DIAGNOSTICS") == "1")
        {
            File.WriteAllText(expectedFile, string.Join("\n", actual) + "\n");
            output.WriteLine($"UPDATE_SAMPLE_DIAGNOSTICS=1: wrote {actual.Count} lines to {expectedFile}");
            return;
        }

        var expected = File.ReadAllLines(expectedFile)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        AssertSameDiagnostics(expected, actual, build);
    }

    [Fact]
    public void LectureAssistant_sample_has_no_diagnostics_and_builds_with_warnaserror()
    {
        var sampleDirectory = Path.Combine(RepositoryRoot(), "samples", "LectureAssistant");
        var project = Path.Combine(sampleDirectory, "LectureAssistant.csproj");
        Assert.True(File.Exists(project), $"Missing sample project {project}.");

        var build = Build(project, "-warnaserror");
        var actual = ParseDiagnostics(build.Output, sampleDirectory);
        Assert.True(actual.Count == 0, "LectureAssistant is the compliant sample, yet the analyzers report:\n  " + string.Join("\n  ", actual));
        Assert.True(build.ExitCode == 0, $"LectureAssistant must build with -warnaserror. Exit code {build.ExitCode}.\n{build.Tail()}");
    }

    // ------------------------------------------------------------------ comparison

    private void AssertSameDiagnostics(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> actual, BuildResult build)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected, StringComparer.Ordinal).ToList();
        var duplicates = expected.GroupBy(line => line, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count == 0 && unexpected.Count == 0 && duplicates.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine($"samples/Violations diagnostics differ from expected-diagnostics.txt ({expected.Count} expected, {actual.Count} reported).");
        Append(message, "Missing (expected, not reported)", missing);
        Append(message, "Unexpected (reported, not expected)", unexpected);
        Append(message, "Listed twice in expected-diagnostics.txt", duplicates);
        message.AppendLine("If the change is intended, rerun with UPDATE_SAMPLE_DIAGNOSTICS=1 and review the new file; fix the VIOLATION comments too.");
        output.WriteLine(build.Output);
        Assert.Fail(message.ToString());

        static void Append(StringBuilder builder, string title, List<string> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            builder.AppendLine($"{title}:");
            foreach (var line in lines)
            {
                builder.AppendLine($"  {line}");
            }
        }
    }

    /// <summary>
    /// The RAI diagnostics in a build log as <c>relative/path(line,col): RAIxxxx</c>, deduplicated (MSBuild prints each
    /// warning twice: as it happens and in the summary) and sorted by path, line, column and id.
    /// </summary>
    private static List<string> ParseDiagnostics(string log, string sampleDirectory)
    {
        var diagnostics = new HashSet<(string Path, int Line, int Column, string Id)>();
        foreach (Match match in DiagnosticLine.Matches(log))
        {
            var path = match.Groups["path"].Value.Trim();
            var relative = Path.GetRelativePath(sampleDirectory, Path.GetFullPath(path, sampleDirectory)).Replace('\\', '/');
            diagnostics.Add((relative, int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value), match.Groups["id"].Value));
        }

        return diagnostics
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Path}({d.Line},{d.Column}): {d.Id}")
            .ToList();
    }

    // ------------------------------------------------------------------ running dotnet build

    private BuildResult Build(string project, params string[] extraArguments)
    {
        var arguments = new List<string>
        {
            "build", project, "--no-incremental", "-nologo", "-clp:NoSummary", "-nodeReuse:false",
            "-c", Configuration(), "-p:BuildProjectReferences=false",
        };
        arguments.AddRange(extraArguments);

        // Someone else may be building in the same tree: retry a build that failed on a locked file.
        for (var attempt = 1; ; attempt++)
        {
            var result = RunDotnet(arguments);
            output.WriteLine($"dotnet {string.Join(" ", arguments)}: exit code {result.ExitCode} in {result.Elapsed.TotalSeconds:F1} s (attempt {attempt})");
            var locked = result.ExitCode != 0
                && (result.Output.Contains("being used by another process", StringComparison.OrdinalIgnoreCase)
                    || result.Output.Contains("MSB3026", StringComparison.Ordinal)
                    || result.Output.Contains("MSB3027", StringComparison.Ordinal)
                    || result.Output.Contains("Access to the path", StringComparison.Ordinal));
            if (!locked || attempt == 3)
            {
                return result;
            }

            Thread.Sleep(TimeSpan.FromSeconds(30));
        }
    }

    private static BuildResult RunDotnet(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this test host with MSBuild variables of its own build; a child build must not inherit them.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");

        // Read both streams concurrently: a full pipe on either one would block the build.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {BuildTimeout.TotalMinutes} minutes.");
        }

        // The streams end when the last process holding them exits; do not wait forever on a straggler.
        Task.WhenAll(stdout, stderr).Wait(TimeSpan.FromSeconds(60));
        var text = (stdout.IsCompletedSuccessfully ? stdout.Result : "") + "\n" + (stderr.IsCompletedSuccessfully ? stderr.Result : "");
        return new BuildResult(process.ExitCode, text, stopwatch.Elapsed);
    }

    /// <summary>The dotnet that runs this test (so the same SDK builds the sample), else the one on PATH.</summary>
    private static string DotnetPath()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidate = string.IsNullOrEmpty(root) ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }

    /// <summary>The configuration this test assembly was built in: the analyzers under test were built in it too.</summary>
    private static string Configuration() =>
        typeof(ViolationsSampleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}.");
    }

    private sealed record BuildResult(int ExitCode, string Output, TimeSpan Elapsed)
    {
        /// <summary>The last lines of the log, for a failure message.</summary>
        public string Tail(int lines = 60)
        {
            var all = Output.Split('\n');
            return string.Join("\n", all.Skip(Math.Max(0, all.Length - lines)));
        }
    }
}
