using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ResponsibleAI.RealCode;

/// <summary>
/// What the tool reads from one .csproj: only what is cheap to read from its text (no MSBuild evaluation, no
/// Directory.Build.props, no conditions): the SDK, OutputType, test-project markers, ImplicitUsings, Nullable,
/// package names, Using items, ProjectReferences and Compile Include/Remove items. A .NET 10 file-based app (a .cs
/// file outside every project folder with #: directives, run by `dotnet run app.cs`) is a project of its own.
/// </summary>
internal sealed class ProjectFile
{
    private static readonly string[] TestPackages = { "Microsoft.NET.Test.Sdk", "xunit", "NUnit", "MSTest" };

    public required string Path { get; init; }
    public required string Directory { get; init; }
    public required string Sdk { get; init; }
    public required string OutputType { get; init; }
    public required bool IsTest { get; init; }
    public required bool ImplicitUsings { get; init; }
    public required string Nullable { get; init; }
    public required IReadOnlyList<string> Packages { get; init; }
    public required IReadOnlyList<string> Usings { get; init; }
    public required IReadOnlyList<string> ProjectReferences { get; init; }
    public required IReadOnlyList<string> CompileRemove { get; init; }
    public required IReadOnlyList<string> CompileInclude { get; init; }
    public bool IsFileBasedApp { get; init; }

    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public bool IsWeb => Sdk.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase);

    public static ProjectFile Read(string path)
    {
        XElement root;
        try
        {
            root = XDocument.Load(path).Root ?? new XElement("Project");
        }
        catch (System.Xml.XmlException)
        {
            root = new XElement("Project");
        }

        IEnumerable<XElement> All(string name) => root.Descendants().Where(e => e.Name.LocalName == name);
        string Property(string name) => All(name).Select(e => e.Value.Trim()).LastOrDefault() ?? "";
        IEnumerable<string> Items(string name, string attribute = "Include") =>
            All(name).Select(e => (string?)e.Attribute(attribute)).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());

        var sdks = new[] { (string?)root.Attribute("Sdk") }.Concat(Items("Sdk", "Name")).Concat(Items("Import", "Sdk"))
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!.Split('/')[0]).Distinct().ToList();
        var packages = Items("PackageReference").Concat(Items("PackageReference", "Update")).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => p, StringComparer.OrdinalIgnoreCase).ToList();
        var isTest = Property("IsTestProject").Equals("true", StringComparison.OrdinalIgnoreCase)
                     || sdks.Any(s => s.StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase))
                     || packages.Any(p => TestPackages.Any(t => p.Equals(t, StringComparison.OrdinalIgnoreCase) || p.StartsWith(t + ".", StringComparison.OrdinalIgnoreCase)));
        var usings = All("Using").Where(e => e.Attribute("Include") is not null).Select(e =>
        {
            var name = ((string)e.Attribute("Include")!).Trim();
            var alias = (string?)e.Attribute("Alias");
            var isStatic = string.Equals((string?)e.Attribute("Static"), "true", StringComparison.OrdinalIgnoreCase);
            return alias is { Length: > 0 } ? $"{alias} = global::{name}" : isStatic ? $"static global::{name}" : $"global::{name}";
        }).ToList();

        return new ProjectFile
        {
            Path = path,
            Directory = System.IO.Path.GetDirectoryName(path)!,
            Sdk = sdks.Count == 0 ? "Microsoft.NET.Sdk" : string.Join("+", sdks),
            OutputType = Property("OutputType") is { Length: > 0 } outputType ? outputType : "Library",
            IsTest = isTest,
            ImplicitUsings = Property("ImplicitUsings") is var implicitUsings
                             && (implicitUsings.Equals("enable", StringComparison.OrdinalIgnoreCase) || implicitUsings.Equals("true", StringComparison.OrdinalIgnoreCase)),
            Nullable = Property("Nullable"),
            Packages = packages,
            Usings = usings,
            ProjectReferences = Items("ProjectReference").Select(Normalize).ToList(),
            CompileRemove = Items("Compile", "Remove").Select(Normalize).ToList(),
            CompileInclude = Items("Compile").Select(Normalize).ToList(),
        };
    }

    /// <summary>A file-based app: `#:sdk`, `#:package` and `#:property` directives; Exe, implicit usings and nullable on by default.</summary>
    public static ProjectFile? ReadFileBasedApp(string path)
    {
        var directives = File.ReadLines(path).Where(l => l.StartsWith("#:", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
        if (directives.Count == 0)
        {
            return null;
        }

        string Value(string kind, string? name = null) =>
            directives.Where(d => d.StartsWith(kind + " ", StringComparison.Ordinal)).Select(d => d[(kind.Length + 1)..].Trim())
                .Where(v => name is null || v.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase))
                .Select(v => name is null ? v : v[(name.Length + 1)..]).LastOrDefault() ?? "";
        var packages = directives.Where(d => d.StartsWith("package ", StringComparison.Ordinal)).Select(d => d[8..].Trim().Split('@')[0])
            .OrderBy(p => p, StringComparer.OrdinalIgnoreCase).ToList();
        var implicitUsings = Value("property", "ImplicitUsings");
        return new ProjectFile
        {
            Path = path,
            Directory = System.IO.Path.GetDirectoryName(path)!,
            Sdk = Value("sdk") is { Length: > 0 } sdk ? sdk.Split('@')[0] : "Microsoft.NET.Sdk",
            OutputType = "Exe",
            IsTest = false,
            ImplicitUsings = implicitUsings.Length == 0 || implicitUsings.Equals("enable", StringComparison.OrdinalIgnoreCase) || implicitUsings.Equals("true", StringComparison.OrdinalIgnoreCase),
            Nullable = Value("property", "Nullable") is { Length: > 0 } nullable ? nullable : "enable",
            Packages = packages,
            Usings = Array.Empty<string>(),
            ProjectReferences = Array.Empty<string>(),
            CompileRemove = Array.Empty<string>(),
            CompileInclude = Array.Empty<string>(),
            IsFileBasedApp = true,
        };
    }

    /// <summary>
    /// The .cs files of the project: every *.cs under its folder except bin/, obj/ and folders holding another
    /// .csproj, minus Compile Remove globs, plus Compile Include items outside that set (linked files).
    /// </summary>
    public IReadOnlyList<string> SourceFiles(ISet<string> projectDirectories)
    {
        if (IsFileBasedApp)
        {
            return new[] { Path };
        }

        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(Directory);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            files.AddRange(System.IO.Directory.EnumerateFiles(directory, "*.cs"));
            foreach (var child in System.IO.Directory.EnumerateDirectories(directory))
            {
                var name = System.IO.Path.GetFileName(child);
                if (!name.Equals("bin", StringComparison.OrdinalIgnoreCase) && !name.Equals("obj", StringComparison.OrdinalIgnoreCase)
                    && !projectDirectories.Contains(child))
                {
                    pending.Push(child);
                }
            }
        }

        var removed = CompileRemove.Select(GlobToRegex).ToList();
        var result = files.Where(f => !removed.Any(r => r.IsMatch(System.IO.Path.GetRelativePath(Directory, f).Replace('\\', '/')))).ToList();
        foreach (var include in CompileInclude.Where(i => !i.Contains('*')))
        {
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, include));
            if (File.Exists(full) && full.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !result.Contains(full))
            {
                result.Add(full);
            }
        }

        return result.OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    public string? ResolveReference(string include)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, include));
        return File.Exists(full) ? full : null;
    }

    private static string Normalize(string item) => item.Replace('\\', '/');

    private static Regex GlobToRegex(string glob)
    {
        var pattern = Regex.Escape(glob.StartsWith("./", StringComparison.Ordinal) ? glob[2..] : glob).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
        return new Regex("^" + pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
