using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI.Tests.Infrastructure;

/// <summary>
/// Runs the real <c>dotnet</c> CLI from a test: the same SDK that runs the tests, English messages, no MSBuild
/// variables inherited from the <c>dotnet test</c> build, both output streams read concurrently, a timeout, and a retry
/// when the build failed on a file another build holds locked.
/// </summary>
public static class DotnetCli
{
    /// <summary>Variables <c>dotnet test</c> sets for its own MSBuild; a child build must not inherit them.</summary>
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBuildStartupDirectory",
    ];

    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet arguments</c> in <paramref name="workingDirectory"/>. <paramref name="environment"/> adds variables
    /// (a null value removes one). A failure caused by a locked file is retried up to twice, 30 s apart.
    /// </summary>
    public static DotnetResult Run(
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var argumentList = arguments.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var result = RunOnce(argumentList, workingDirectory, environment, timeout ?? DefaultTimeout);
            if (result.ExitCode == 0 || !result.FailedOnLockedFile || attempt == 3)
            {
                return result with { Attempts = attempt };
            }

            Thread.Sleep(TimeSpan.FromSeconds(30));
        }
    }

    private static DotnetResult RunOnce(
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in InheritedMSBuildVariables)
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null)
                {
                    start.Environment.Remove(key);
                }
                else
                {
                    start.Environment[key] = value;
                }
            }
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");

        // Read both streams concurrently: a full pipe on either one would block the child.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(30));
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {timeout.TotalMinutes:F0} minutes.");
        }

        // The streams end when the last process holding them exits; do not wait forever on a straggler.
        Task.WhenAll(stdout, stderr).Wait(TimeSpan.FromSeconds(60));
        return new DotnetResult(
            arguments,
            process.ExitCode,
            stdout.IsCompletedSuccessfully ? stdout.Result : "",
            stderr.IsCompletedSuccessfully ? stderr.Result : "",
            stopwatch.Elapsed);
    }

    /// <summary>The dotnet that runs this test (so the same SDK builds), else the one on PATH.</summary>
    public static string DotnetPath()
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

    /// <summary>The folder holding Analyzers.sln, found upwards from the test assembly.</summary>
    public static string RepositoryRoot()
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
}

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
public sealed record DotnetResult(IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public int Attempts { get; init; } = 1;

    /// <summary>Standard output followed by standard error.</summary>
    public string Output => StandardOutput + "\n" + StandardError;

    public string CommandLine => "dotnet " + string.Join(" ", Arguments);

    /// <summary>True when the failure looks like a file another build holds (MSB3026/MSB3027, "being used by another process").</summary>
    public bool FailedOnLockedFile =>
        ExitCode != 0
        && (Output.Contains("being used by another process", StringComparison.OrdinalIgnoreCase)
            || Output.Contains("MSB3026", StringComparison.Ordinal)
            || Output.Contains("MSB3027", StringComparison.Ordinal)
            || Output.Contains("Access to the path", StringComparison.Ordinal));

    /// <summary>One line for the test log: command, exit code, time.</summary>
    public string Summary => $"{CommandLine}: exit code {ExitCode} in {Elapsed.TotalSeconds:F1} s" + (Attempts > 1 ? $" (attempt {Attempts})" : "");

    /// <summary>The last lines of the output, for a failure message.</summary>
    public string Tail(int lines = 60)
    {
        var all = Output.Split('\n');
        return string.Join("\n", all.Skip(Math.Max(0, all.Length - lines)));
    }

    /// <summary>A failure message: the command, exit code and the end of the output.</summary>
    public string Describe(string because) => $"{because}\n{Summary}\n--- output (tail) ---\n{Tail()}";
}
