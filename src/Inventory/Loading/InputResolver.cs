using ResponsibleAI.Inventory.Cli;

namespace ResponsibleAI.Inventory.Loading;

/// <summary>What the user named on the command line: a solution or a C# project file.</summary>
public sealed record InputFile(string Path, bool IsSolution);

/// <summary>Turns the command line's paths into solution and project files, with a clear message for anything else.</summary>
public static class InputResolver
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx", ".slnf"];

    public static IReadOnlyList<InputFile> Resolve(IEnumerable<string> paths)
    {
        var inputs = new List<InputFile>();
        foreach (var raw in paths)
        {
            var path = System.IO.Path.GetFullPath(raw);
            if (Directory.Exists(path))
            {
                inputs.Add(FromDirectory(raw, path));
            }
            else if (File.Exists(path))
            {
                var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
                if (SolutionExtensions.Contains(extension))
                {
                    inputs.Add(new InputFile(path, true));
                }
                else if (extension == ".csproj")
                {
                    inputs.Add(new InputFile(path, false));
                }
                else
                {
                    throw new InventoryException($"'{raw}' is not a solution (.sln, .slnx, .slnf) or a C# project (.csproj).");
                }
            }
            else
            {
                throw new InventoryException($"'{raw}' does not exist.");
            }
        }

        return inputs.DistinctBy(i => i.Path, StringComparer.Ordinal).ToList();
    }

    private static InputFile FromDirectory(string raw, string directory)
    {
        var solutions = Directory.EnumerateFiles(directory).Where(f => SolutionExtensions.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList();
        if (solutions.Count == 1)
        {
            return new InputFile(solutions[0], true);
        }

        if (solutions.Count > 1)
        {
            throw new InventoryException($"'{raw}' holds several solutions ({string.Join(", ", solutions.Select(System.IO.Path.GetFileName))}): name one.");
        }

        var projects = Directory.EnumerateFiles(directory, "*.csproj").Order(StringComparer.Ordinal).ToList();
        return projects.Count switch
        {
            1 => new InputFile(projects[0], false),
            0 => throw new InventoryException($"'{raw}' holds no solution and no C# project."),
            _ => throw new InventoryException($"'{raw}' holds several projects ({string.Join(", ", projects.Select(System.IO.Path.GetFileName))}): name one."),
        };
    }
}
