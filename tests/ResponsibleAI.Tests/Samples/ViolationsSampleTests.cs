using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ResponsibleAI.Tests.Infrastructure;
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

    private void AssertSameDiagnostics(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> actual, DotnetResult build)
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

    private DotnetResult Build(string project, params string[] extraArguments)
    {
        string[] arguments =
        [
            "build", project, "--no-incremental", "-nologo", "-clp:NoSummary", "-nodeReuse:false",
            "-c", Configuration(), "-p:BuildProjectReferences=false", .. extraArguments,
        ];

        // DotnetCli retries a build that failed on a file locked by someone else building in the same tree.
        var result = DotnetCli.Run(arguments, RepositoryRoot(), timeout: BuildTimeout);
        output.WriteLine(result.Summary);
        return result;
    }

    /// <summary>The configuration this test assembly was built in: the analyzers under test were built in it too.</summary>
    private static string Configuration() =>
        typeof(ViolationsSampleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    private static string RepositoryRoot() => DotnetCli.RepositoryRoot();
}
