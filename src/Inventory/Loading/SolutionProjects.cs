using System.Text.Json;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;
using ResponsibleAI.Inventory.Cli;

namespace ResponsibleAI.Inventory.Loading;

/// <summary>
/// The project files a solution lists (.sln, .slnx, or the projects a .slnf filter keeps). The workspace also loads the
/// projects they reference; only the listed ones are inventoried.
/// </summary>
public static class SolutionProjects
{
    public static async Task<HashSet<string>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (path.EndsWith(".slnf", StringComparison.OrdinalIgnoreCase))
            {
                using var filter = JsonDocument.Parse(await File.ReadAllTextAsync(path, cancellationToken));
                var solution = filter.RootElement.GetProperty("solution");
                var solutionPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Normalize(solution.GetProperty("path").GetString()!)));
                return solution.GetProperty("projects").EnumerateArray()
                    .Select(p => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(solutionPath)!, Normalize(p.GetString()!))))
                    .ToHashSet(StringComparer.Ordinal);
            }

            var serializer = SolutionSerializers.GetSerializerByMoniker(path)
                             ?? throw new InventoryException($"'{path}' is not a solution format this tool reads (.sln, .slnx, .slnf).");
            var model = await serializer.OpenAsync(path, cancellationToken);
            return model.SolutionProjects
                .Select(p => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Normalize(p.FilePath))))
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is not InventoryException and not OperationCanceledException)
        {
            throw new InventoryException($"Could not read the solution '{path}': {e.Message.Replace("\r", "").Split('\n')[0]}");
        }
    }

    private static string Normalize(string path) => path.Replace('\\', Path.DirectorySeparatorChar);
}
