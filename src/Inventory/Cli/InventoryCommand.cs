using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Text;
using ResponsibleAI.Inventory.Analysis;
using ResponsibleAI.Inventory.Baseline;
using ResponsibleAI.Inventory.Loading;
using ResponsibleAI.Inventory.Model;
using ResponsibleAI.Inventory.Output;

namespace ResponsibleAI.Inventory.Cli;

/// <summary>Exit codes: documented in docs/inventory.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>--fail-on named a change the comparison with the baseline found.</summary>
    public const int ChangesFound = 1;

    /// <summary>Bad arguments or input, a missing SDK, a project that does not restore or load.</summary>
    public const int Error = 2;
}

/// <summary><c>dotnet responsible-ai inventory</c>: the command line, and the run from paths to files.</summary>
public static class InventoryCommand
{
    public const string JsonFile = "ai-inventory.json";
    public const string MarkdownFile = "ai-inventory.md";
    public const string HtmlFile = "ai-inventory.html";

    /// <summary>The tool's command name: the dotnet command runs <c>dotnet responsible-ai</c> as <c>dotnet-responsible-ai</c>.</summary>
    public const string CommandName = "dotnet-responsible-ai";

    public static Command CreateRoot()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Solutions (.sln, .slnx, .slnf), C# projects (.csproj), or folders that hold exactly one of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write ai-inventory.json, ai-inventory.md and ai-inventory.html to.",
            DefaultValueFactory = _ => ".",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "An ai-inventory.json from before the change: print what changed (features, providers, unguarded or undisclosed calls, findings).",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "With --baseline: exit with 1 when these changes are found. Comma-separated: " + string.Join(", ", BaselineComparison.Names.Keys) + ".",
        };
        var root = new Option<string?>("--root")
        {
            Description = "The folder paths in the output are relative to (default: the common folder of the inputs).",
        };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' first (the projects are restored already)." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Draw no progress spinner (it is off anyway when standard error is redirected)." };

        var inventory = new Command("inventory", "Write the AI inventory of a solution or projects: every AI feature, AI call site, generated gateway and ResponsibleAI finding.")
        {
            paths, output, baseline, failOn, root, noRestore, noProgress,
        };
        inventory.SetAction((result, cancellationToken) => RunAsync(
            new InventoryOptions(
                result.GetValue(paths) ?? [],
                result.GetValue(output) ?? ".",
                result.GetValue(baseline),
                result.GetValue(failOn),
                result.GetValue(root),
                result.GetValue(noRestore),
                result.GetValue(noProgress)),
            cancellationToken));

        // A plain command rather than RootCommand, which would name itself after the assembly in the help text.
        return new Command(CommandName, "ResponsibleAI: the AI inventory of .NET code (features, AI call sites, guards, disclosure, policy findings).")
        {
            new HelpOption(),
            new VersionOption(),
            inventory,
        };
    }

    public static async Task<int> RunAsync(InventoryOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(options, cancellationToken);
        }
        catch (InventoryException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: cancelled.");
            return ExitCodes.Error;
        }
        catch (Exception e)
        {
            // Never a stack trace: one line that says what failed, for a bug report.
            Console.Error.WriteLine($"error: the inventory failed unexpectedly: {e.GetType().Name}: {e.Message.Replace("\r", "").Split('\n')[0]}");
            return ExitCodes.Error;
        }
    }

    private static async Task<int> RunCoreAsync(InventoryOptions options, CancellationToken cancellationToken)
    {
        var failOn = BaselineComparison.ParseFailOn(options.FailOn);
        if (failOn != ChangeKinds.None && options.Baseline is null)
        {
            throw new InventoryException("--fail-on needs --baseline: the changes are counted against a baseline inventory.");
        }

        var inputs = InputResolver.Resolve(options.Paths);
        var baseline = options.Baseline is null ? null : JsonOutput.Read(Path.GetFullPath(options.Baseline));
        var root = options.Root is not null ? Path.GetFullPath(options.Root) : CommonFolder(inputs.Select(i => Path.GetDirectoryName(i.Path)!));
        var outputFolder = Path.GetFullPath(options.Output);
        var stopwatch = Stopwatch.StartNew();

        InventoryDocument document;
        var warnings = new List<string>();
        using (var progress = new ConsoleProgress(!options.NoProgress))
        {
            if (!options.NoRestore)
            {
                progress.Report("Restoring " + string.Join(", ", inputs.Select(i => Path.GetFileName(i.Path))));
                await Task.WhenAll(inputs.Select(i => Restorer.RestoreAsync(i.Path, cancellationToken)));
            }

            using var loader = new WorkspaceLoader();
            progress.Report("Loading");
            var loaded = await loader.LoadAsync(inputs, progress.Report, cancellationToken);
            warnings.AddRange(loaded.Warnings.Select(w => "workspace: " + w));

            var analyzer = new ProjectAnalyzer(root);
            var projects = new List<ProjectInventory>();
            var ids = loaded.Projects.OrderBy(id => loaded.Solution.GetProject(id)!.FilePath, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                var project = loaded.Solution.GetProject(ids[i])!;
                progress.Report($"Analysing {ProjectAnalyzer.Name(project)} ({i + 1}/{ids.Count})");
                var (inventory, projectWarnings) = await analyzer.AnalyzeAsync(project, cancellationToken);
                projects.Add(inventory);
                warnings.AddRange(projectWarnings);
            }

            document = InventoryBuilder.Build(projects);
            progress.Report("Writing");
            Directory.CreateDirectory(outputFolder);
            Write(Path.Combine(outputFolder, JsonFile), JsonOutput.Write(document));
            Write(Path.Combine(outputFolder, MarkdownFile), MarkdownOutput.Write(document));
            Write(Path.Combine(outputFolder, HtmlFile), HtmlOutput.Write(document));
        }

        foreach (var warning in warnings)
        {
            Console.Error.WriteLine("warning: " + warning);
        }

        var summary = document.Summary;
        Console.WriteLine(
            $"AI inventory of {summary.Projects} project(s): {summary.Features} feature(s), {summary.Calls} AI call(s) " +
            $"({summary.UnguardedCalls} unguarded, {summary.UndisclosedCalls} undisclosed), {summary.Gateways} gateway(s), {summary.Findings} finding(s) " +
            $"in {stopwatch.Elapsed.TotalSeconds:F1} s.");
        Console.WriteLine($"Wrote {Path.Combine(outputFolder, JsonFile)}, {MarkdownFile} and {HtmlFile}.");

        if (baseline is null)
        {
            return ExitCodes.Success;
        }

        var comparison = BaselineComparison.Compare(baseline, document);
        Console.WriteLine();
        Console.Write(comparison.ToMarkdown(failOn));
        var failing = comparison.Kinds & failOn;
        if (failing != ChangeKinds.None)
        {
            Console.Error.WriteLine("error: changes named by --fail-on: " + string.Join(", ", BaselineComparison.Names.Where(n => n.Key != "any" && (failing & n.Value) != 0).Select(n => n.Key)) + ".");
            return ExitCodes.ChangesFound;
        }

        return ExitCodes.Success;
    }

    private static void Write(string path, string content) => File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>The deepest folder that holds all the given folders.</summary>
    public static string CommonFolder(IEnumerable<string> folders)
    {
        var split = folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar)).ToList();
        var length = split.Min(s => s.Length);
        var count = 0;
        while (count < length && split.All(s => string.Equals(s[count], split[0][count], StringComparison.Ordinal)))
        {
            count++;
        }

        var joined = string.Join(Path.DirectorySeparatorChar, split[0].Take(count));
        return joined.Length == 0 ? Path.DirectorySeparatorChar.ToString() : joined;
    }
}

public sealed record InventoryOptions(
    IReadOnlyList<string> Paths,
    string Output,
    string? Baseline,
    string? FailOn,
    string? Root,
    bool NoRestore,
    bool NoProgress);
