using System.Diagnostics;
using System.ComponentModel;
using ResponsibleAI.Inventory.Cli;

namespace ResponsibleAI.Inventory.Loading;

/// <summary>
/// Runs <c>dotnet restore</c> before the workspace loads: without project.assets.json the workspace silently loads a
/// project without its packages, and every AI SDK call would go unseen. Also where a missing SDK shows first.
/// </summary>
public static class Restorer
{
    public static async Task RestoreAsync(string path, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = System.IO.Path.GetDirectoryName(path)!,
        };
        foreach (var argument in new[] { "restore", path, "-nologo", "-v:q" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_NOLOGO"] = "1";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InventoryException(MissingSdk("the 'dotnet' command could not be started."));
        }
        catch (Win32Exception e)
        {
            throw new InventoryException(MissingSdk($"the 'dotnet' command could not be started ({e.Message})."));
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var output = (await stdout) + "\n" + (await stderr);
            if (process.ExitCode == 0)
            {
                return;
            }

            var lines = output.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Any(l => l.Contains("compatible .NET SDK was not found", StringComparison.OrdinalIgnoreCase)
                               || l.Contains("No .NET SDKs were found", StringComparison.OrdinalIgnoreCase)
                               || l.Contains("could not be found in global.json", StringComparison.OrdinalIgnoreCase)))
            {
                var detail = lines.Where(l => l.StartsWith("Requested SDK version", StringComparison.OrdinalIgnoreCase)
                                              || l.StartsWith("global.json file", StringComparison.OrdinalIgnoreCase)).ToList();
                throw new InventoryException(MissingSdk(detail.Count > 0 ? string.Join("; ", detail) + "." : "a compatible .NET SDK was not found."));
            }

            var errors = lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(10).ToList();
            throw new InventoryException(
                $"Could not restore '{path}' (dotnet restore exited with {process.ExitCode}):\n  "
                + string.Join("\n  ", errors.Count > 0 ? errors : lines.TakeLast(10))
                + "\nFix the restore (run 'dotnet restore' to see it), or pass --no-restore if the projects are restored already.");
        }
    }

    private static string MissingSdk(string detail) =>
        "The .NET SDK that the projects need was not found: " + detail + "\nInstall it (see global.json, if any) or put 'dotnet' on the PATH.";
}

/// <summary>The dotnet host to run: the one that runs this tool when known, else 'dotnet' from the PATH.</summary>
public static class DotnetHost
{
    public static string Path
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            var process = Environment.ProcessPath;
            if (process is not null && System.IO.Path.GetFileNameWithoutExtension(process) == "dotnet")
            {
                return process;
            }

            return "dotnet";
        }
    }
}
