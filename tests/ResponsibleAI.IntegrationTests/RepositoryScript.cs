using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ResponsibleAI.IntegrationTests;

/// <summary>Runs a script of this repository (tools/lsp/run.sh, tests/Benchmarks/run.sh) with a time budget, as CI would.</summary>
internal static class RepositoryScript
{
    /// <summary>The clone's root: the folder above the test assembly that holds Analyzers.sln.</summary>
    public static string Root()
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

    /// <summary>
    /// Runs <paramref name="script"/> (relative to the root) with bash; kills it and its children after
    /// <paramref name="budget"/>. Returns whether it finished, its exit code, its output and error, and how long it took.
    /// </summary>
    public static async Task<(bool Exited, int ExitCode, string Log, TimeSpan Elapsed)> RunAsync(
        string script, IEnumerable<string> arguments, TimeSpan budget, IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = Root();
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine(root, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs the test host with MSBuild variables of its own build; the child builds, the restore and
        // a language server's MSBuild must not inherit them.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(key);
        }

        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = await Task.Run(() => process.WaitForExit(budget));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(30)));
        var log = (stdout.IsCompletedSuccessfully ? stdout.Result : "") + "\n" + (stderr.IsCompletedSuccessfully ? stderr.Result : "");
        return (exited, exited ? process.ExitCode : -1, log, stopwatch.Elapsed);
    }

    /// <summary>The last lines of a log, for an assertion message.</summary>
    public static string Tail(string log, int lines = 40)
    {
        var all = log.Split('\n');
        return string.Join("\n", all.Skip(Math.Max(0, all.Length - lines)));
    }
}
