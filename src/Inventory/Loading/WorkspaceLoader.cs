using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using ResponsibleAI.Inventory.Cli;

namespace ResponsibleAI.Inventory.Loading;

/// <summary>The loaded code: the solution, the projects to inventory (one per project file) and what went wrong on the way.</summary>
public sealed record LoadedWorkspace(Solution Solution, IReadOnlyList<ProjectId> Projects, IReadOnlyList<string> Warnings);

/// <summary>
/// Loads solutions and projects the way <c>dotnet format</c> does, with an MSBuild workspace (design-time builds, no
/// compilation on disk). The projects' own ResponsibleAI analyzer, code-fix and generator references are replaced by
/// the pack this tool ships: their rules run once, in process, and the generator runs even when a project references
/// it as a project that was never built.
/// </summary>
public sealed class WorkspaceLoader : IDisposable
{
    private static readonly string[] PackAssemblies = ["ResponsibleAI.Analyzers", "ResponsibleAI.CodeFixes", "ResponsibleAI.Generators"];

    private readonly MSBuildWorkspace _workspace;
    private readonly List<string> _warnings = [];

    public WorkspaceLoader()
    {
        _workspace = MSBuildWorkspace.Create();
        _workspace.RegisterWorkspaceFailedHandler(e =>
        {
            lock (_warnings)
            {
                _warnings.Add(e.Diagnostic.Message.Trim());
            }
        });
    }

    public async Task<LoadedWorkspace> LoadAsync(IReadOnlyList<InputFile> inputs, Action<string> status, CancellationToken cancellationToken)
    {
        var progress = new Progress(status);
        var selected = new List<Project>();
        foreach (var input in inputs)
        {
            try
            {
                if (input.IsSolution)
                {
                    var listed = await SolutionProjects.ReadAsync(input.Path, cancellationToken);
                    var solution = await _workspace.OpenSolutionAsync(input.Path, progress: progress, cancellationToken: cancellationToken);
                    selected.AddRange(solution.Projects.Where(p => p.Language == LanguageNames.CSharp && p.FilePath is { } file && listed.Contains(Path.GetFullPath(file))));
                    var loaded = solution.Projects.Select(p => p.FilePath).OfType<string>().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
                    var missing = listed.Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && !loaded.Contains(p)).Order(StringComparer.Ordinal).ToList();
                    if (missing.Count > 0)
                    {
                        var failures = Warnings();
                        throw new InventoryException(
                            $"Could not load {string.Join(", ", missing.Select(m => $"'{Path.GetRelativePath(Path.GetDirectoryName(input.Path)!, m)}'"))}, listed in '{input.Path}'."
                            + (failures.Count > 0 ? "\n  " + string.Join("\n  ", failures.Take(10)) : ""));
                    }
                }
                else
                {
                    selected.Add(await _workspace.OpenProjectAsync(input.Path, progress: progress, cancellationToken: cancellationToken));
                }
            }
            catch (Exception e) when (e is OperationCanceledException or InventoryException)
            {
                throw;
            }
            catch (Exception e)
            {
                var failures = Warnings();
                throw new InventoryException(
                    $"Could not load '{input.Path}': {FirstLine(e.Message)}"
                    + (failures.Count > 0 ? "\n  " + string.Join("\n  ", failures.Take(10)) : "")
                    + (e.Message.Contains("MSBuild", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("SDK", StringComparison.Ordinal)
                        ? "\nCheck that the .NET SDK the projects need is installed ('dotnet --list-sdks')."
                        : ""));
            }
        }

        if (selected.Count == 0)
        {
            var failures = Warnings();
            throw new InventoryException("No C# project was found in " + string.Join(", ", inputs.Select(i => $"'{i.Path}'")) + "."
                                         + (failures.Count > 0 ? "\n  " + string.Join("\n  ", failures.Take(10)) : ""));
        }

        // One entry per project file: a multi-targeted project loads once per target framework; the first name wins.
        var byFile = selected
            .Where(p => p.FilePath is not null)
            .GroupBy(p => p.FilePath!, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Name, StringComparer.Ordinal).First().Id)
            .ToList();

        var current = _workspace.CurrentSolution;
        foreach (var project in current.Projects.ToList())
        {
            current = ReplacePack(current.GetProject(project.Id)!);
        }

        return new LoadedWorkspace(current, byFile, Warnings());
    }

    public IReadOnlyList<string> Warnings()
    {
        lock (_warnings)
        {
            return _warnings.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Replaces the project's ResponsibleAI analyzer, code-fix and generator references by the pack this tool ships (the generator only where the project had it).</summary>
    public static Solution ReplacePack(Project project)
    {
        var pack = project.AnalyzerReferences.Where(r => PackAssemblies.Contains(NameOf(r), StringComparer.OrdinalIgnoreCase)).ToList();
        if (pack.Count == 0)
        {
            return project.Solution;
        }

        var hadGenerator = pack.Any(r => string.Equals(NameOf(r), "ResponsibleAI.Generators", StringComparison.OrdinalIgnoreCase));
        foreach (var reference in pack)
        {
            project = project.RemoveAnalyzerReference(reference);
        }

        if (hadGenerator)
        {
            project = project.AddAnalyzerReference(GeneratorReference.Instance);
        }

        return project.Solution;
    }

    private static string NameOf(AnalyzerReference reference) =>
        reference is AnalyzerFileReference file ? Path.GetFileNameWithoutExtension(file.FullPath) : reference.Display ?? "";

    private static string FirstLine(string text) => text.Replace("\r", "").Split('\n')[0].Trim();

    public void Dispose() => _workspace.Dispose();

    /// <summary>Reports each project as the workspace evaluates and builds it.</summary>
    private sealed class Progress(Action<string> status) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value) =>
            status($"{value.Operation switch { ProjectLoadOperation.Evaluate => "Evaluating", ProjectLoadOperation.Build => "Building (design time)", _ => "Resolving" }} {Path.GetFileName(value.FilePath)}");
    }

    /// <summary>The generator this tool ships, as an analyzer reference that loads the assembly already in this process.</summary>
    private static class GeneratorReference
    {
        public static readonly AnalyzerFileReference Instance = Create();

        private static AnalyzerFileReference Create()
        {
            var assembly = Assembly.Load(new AssemblyName("ResponsibleAI.Generators"));
            return new AnalyzerFileReference(assembly.Location, new LoadedAssemblyLoader(assembly));
        }
    }

    private sealed class LoadedAssemblyLoader(Assembly assembly) : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            string.Equals(fullPath, assembly.Location, StringComparison.Ordinal) ? assembly : Assembly.LoadFrom(fullPath);
    }
}
