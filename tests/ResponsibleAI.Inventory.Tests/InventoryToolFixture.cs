using System.Diagnostics;
using ResponsibleAI.Tests.Infrastructure;

namespace ResponsibleAI.Inventory.Tests;

/// <summary>
/// Packs the tool once (unique version, from the build the tests already made), installs it from a temporary folder feed as a local
/// tool, copies the samples with the sources they reference into a temporary repository, and runs
/// <c>dotnet responsible-ai inventory</c> on both samples twice: from different folders, once naming the two projects and
/// once a solution that lists them (and not the projects they reference), into different output folders (the
/// determinism check compares the two).
/// </summary>
public sealed class InventoryToolFixture : IDisposable
{
    public const string PackageId = "ResponsibleAI.Inventory";

    private readonly List<string> _log = [];

    public InventoryToolFixture()
    {
        Version = $"0.1.0-test{DateTime.UtcNow:yyyyMMddHHmmss}{Guid.NewGuid().ToString("N")[..6]}";
        Root = Path.Combine(Path.GetTempPath(), "responsibleai-inventory-tests", Version);
        Feed = Path.Combine(Root, "feed");
        Repository = Path.Combine(Root, "repo");
        ToolHome = Path.Combine(Root, "tool");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(ToolHome);
        var total = Stopwatch.StartNew();

        Pack();
        CopyRepository();
        InstallTool();

        LectureAssistant = Path.Combine(Repository, "samples", "LectureAssistant", "LectureAssistant.csproj");
        Violations = Path.Combine(Repository, "samples", "Violations", "Violations.csproj");
        FirstOutput = Path.Combine(Root, "out1");
        SecondOutput = Path.Combine(Root, "out2");
        FirstRun = RunTool(ToolHome, "inventory", LectureAssistant, Violations, "-o", FirstOutput);
        var elsewhere = Directory.CreateDirectory(Path.Combine(ToolHome, "elsewhere")).FullName;
        SecondRun = RunTool(elsewhere, "inventory", CreateSolution(), "--output", SecondOutput, "--no-restore");
        _log.Add($"fixture ready in {total.Elapsed.TotalSeconds:F1} s ({Root})");
    }

    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>The folder with the tool manifest and a nuget.config that knows only the folder feed: run the tool here or below.</summary>
    public string ToolHome { get; }

    /// <summary>The copy of the repository's samples and the sources they reference.</summary>
    public string Repository { get; }

    public string LectureAssistant { get; }

    public string Violations { get; }

    public string FirstOutput { get; }

    public string SecondOutput { get; }

    public DotnetResult FirstRun { get; }

    public DotnetResult SecondRun { get; }

    public IReadOnlyList<string> Log => _log;

    /// <summary>Runs <c>dotnet responsible-ai ...</c> in <paramref name="workingDirectory"/> (under the folder that holds the tool manifest).</summary>
    public DotnetResult RunTool(string workingDirectory, params string[] arguments)
    {
        var result = DotnetCli.Run(["responsible-ai", .. arguments], workingDirectory);
        _log.Add(result.Summary);
        return result;
    }

    public string Read(string output, string file) => File.ReadAllText(Path.Combine(output, file));

    /// <summary>
    /// The configuration this test assembly was built in: the tool was built with it (a project reference), so the
    /// pack only collects the outputs (about 4 s instead of a 45 s Release build of the tool and the analyzers).
    /// </summary>
    private static string Configuration =>
        typeof(InventoryToolFixture).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().SingleOrDefault()?.Configuration ?? "Debug";

    private void Pack()
    {
        var result = DotnetCli.Run(
            [
                "pack", Path.Combine("src", "Inventory", "ResponsibleAI.Inventory.csproj"),
                "-c", Configuration, "--no-build", "-o", Feed, $"-p:Version={Version}",
                "-nologo", "-nodeReuse:false",
            ],
            DotnetCli.RepositoryRoot());
        _log.Add(result.Summary);
        if (result.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException(result.Describe($"dotnet pack did not produce {PackagePath}."));
        }
    }

    /// <summary>samples/Samples.sln with the two samples only: the projects they reference are loaded but not inventoried.</summary>
    private string CreateSolution()
    {
        var samples = Path.Combine(Repository, "samples");
        foreach (var arguments in new[]
                 {
                     new[] { "new", "sln", "-n", "Samples", "--format", "sln" },
                     new[] { "sln", "Samples.sln", "add", "--include-references", "false", Violations, LectureAssistant },
                 })
        {
            var result = DotnetCli.Run(arguments, samples);
            _log.Add(result.Summary);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(result.Describe($"dotnet {string.Join(" ", arguments)} failed."));
            }
        }

        return Path.Combine(samples, "Samples.sln");
    }

    public string PackagePath => Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");

    /// <summary>The samples and what they reference (Directory.Build.props, .editorconfig, src/), without bin/ and obj/.</summary>
    private void CopyRepository()
    {
        var source = DotnetCli.RepositoryRoot();
        foreach (var file in new[] { "Directory.Build.props", ".editorconfig" })
        {
            Directory.CreateDirectory(Repository);
            File.Copy(Path.Combine(source, file), Path.Combine(Repository, file));
        }

        foreach (var folder in new[] { "src/Attributes", "src/Analyzers", "src/Generators", "samples/LectureAssistant", "samples/Violations" })
        {
            CopyFolder(Path.Combine(source, folder), Path.Combine(Repository, folder));
        }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>A local tool, from the folder feed only (a nuget.config that clears every other source).</summary>
    private void InstallTool()
    {
        File.WriteAllText(Path.Combine(ToolHome, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="inventory-local" value="{System.Security.SecurityElement.Escape(Feed)}" />
              </packageSources>
            </configuration>

            """);
        foreach (var arguments in new[]
                 {
                     new[] { "new", "tool-manifest" },
                     new[] { "tool", "install", PackageId, "--version", Version },
                 })
        {
            var result = DotnetCli.Run(arguments, ToolHome);
            _log.Add(result.Summary);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(result.Describe($"dotnet {string.Join(" ", arguments)} failed."));
            }
        }

    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("KEEP_INVENTORY_TEST_FILES") == "1")
        {
            return;
        }

        TryDelete(Root);

        // The tool went into the global packages folder (a local tool runs from there): remove this run's version.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                       ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packages, PackageId.ToLowerInvariant(), Version));
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
