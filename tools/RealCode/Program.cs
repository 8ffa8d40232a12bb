using System.Diagnostics;
using System.Globalization;
using System.Text;
using ResponsibleAI.RealCode;

// Runs the ResponsibleAI analyzers in process over every *.csproj (and .NET 10 file-based app) under a folder, without
// MSBuild, and writes summary.md, diagnostics.tsv, ai-calls.tsv and compile-errors.tsv to the output folder.
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/RealCode -c Release -- <folder> <output-folder>");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var output = Path.GetFullPath(args[1]);
Directory.CreateDirectory(output);
var total = Stopwatch.StartNew();

var references = References.Load();
bool Skipped(string path) => Path.GetRelativePath(root, path).Replace('\\', '/').Split('/')
    .Any(s => s.Equals("bin", StringComparison.OrdinalIgnoreCase) || s.Equals("obj", StringComparison.OrdinalIgnoreCase));
var projects = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories).Where(p => !Skipped(p)).Select(ProjectFile.Read).ToList();
var projectDirectories = projects.Select(p => p.Directory + Path.DirectorySeparatorChar).ToList();
projects.AddRange(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
    .Where(f => !Skipped(f) && !projectDirectories.Any(d => f.StartsWith(d, StringComparison.Ordinal)))
    .Select(ProjectFile.ReadFileBasedApp).OfType<ProjectFile>());
projects = projects.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
var runner = new ProjectRunner(root, references, projects);

var results = new List<ProjectResult>();
foreach (var project in projects)
{
    var result = await runner.RunAsync(project);
    results.Add(result);
    Console.WriteLine($"{result.Project}: {result.Files} files, {result.CompileErrors.Count} errors, {result.AiCalls.Count} AI calls, {result.Diagnostics.Count} RAI diagnostics, {result.WallTime.TotalSeconds:F1} s");
}

total.Stop();
var rules = new SortedSet<string>(StringComparer.Ordinal) { "RAI1001", "RAI1002", "RAI1003", "RAI1004" };
rules.UnionWith(results.SelectMany(r => r.Diagnostics).Select(d => d.Rule));

var diagnostics = results.SelectMany(r => r.Diagnostics)
    .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
    .ThenBy(d => d.Rule, StringComparer.Ordinal).ThenBy(d => d.Project, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal);
WriteTsv(Path.Combine(output, "diagnostics.tsv"), "project\ttest\tpath\tline\trule\tmessage\tsource",
    diagnostics.Select(d => $"{d.Project}\t{(d.Test ? "test" : "")}\t{d.Path}\t{d.Line}\t{d.Rule}\t{d.Message}\t{d.Source}"));

var calls = results.SelectMany(r => r.AiCalls)
    .OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Line).ThenBy(c => c.Column)
    .ThenBy(c => c.Member, StringComparer.Ordinal).ThenBy(c => c.Project, StringComparer.Ordinal);
WriteTsv(Path.Combine(output, "ai-calls.tsv"), "project\tpath\tline\tmember\tcapability",
    calls.Select(c => $"{c.Project}\t{c.Path}\t{c.Line}\t{c.Member}\t{c.Capability}"));

var errors = results.SelectMany(r => r.CompileErrors)
    .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Id, StringComparer.Ordinal)
    .ThenBy(e => e.Project, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal);
WriteTsv(Path.Combine(output, "compile-errors.tsv"), "project\tpath\tline\tid\tmessage",
    errors.Select(e => $"{e.Project}\t{e.Path}\t{e.Line}\t{e.Id}\t{e.Message}"));

File.WriteAllText(Path.Combine(output, "summary.md"), Summary(), new UTF8Encoding(false));
Console.WriteLine($"{results.Count} projects, {results.Sum(r => r.Diagnostics.Count)} RAI diagnostics, {total.Elapsed.TotalSeconds:F1} s; written to {output}");
return 0;

string Summary()
{
    var md = new StringBuilder();
    var tests = results.Where(r => r.File.IsTest).ToList();
    var analyzerTimes = results.SelectMany(r => r.AnalyzerTimes).GroupBy(t => t.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Value), StringComparer.Ordinal);
    md.AppendLine($"# ResponsibleAI analyzers over `{Path.GetFileName(root)}`").AppendLine();
    md.AppendLine($"Analyzers: {string.Join(", ", runner.AnalyzerNames)}. References: {references.All.Length} assemblies " +
                  $"(.NET 10 reference assemblies, ASP.NET Core reference pack {references.AspNetCoreVersion}, the tool's packages); " +
                  $"{references.ExperimentalIds.Count} experimental-API diagnostic ids suppressed. Razor files are not compiled.").AppendLine();
    md.AppendLine("## Totals").AppendLine();
    md.AppendLine($"| scope | projects | files | lines | compile errors | AI calls | {string.Join(" | ", rules)} | analyzer exceptions |");
    md.AppendLine($"|---|---:|---:|---:|---:|---:|{string.Concat(rules.Select(_ => "---:|"))}---:|");
    md.AppendLine(TotalsRow("all projects", results));
    md.AppendLine(TotalsRow("test projects", tests));
    md.AppendLine().AppendLine($"Wall time: {Seconds(total.Elapsed)} s (whole run, including loading references); analyzer execution time (telemetry): {Seconds(analyzerTimes.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b))} s.").AppendLine();
    md.AppendLine("| analyzer | execution time (s) |").AppendLine("|---|---:|");
    foreach (var (name, time) in analyzerTimes.OrderBy(t => t.Key, StringComparer.Ordinal))
    {
        md.AppendLine($"| {name} | {Seconds(time)} |");
    }

    md.AppendLine().AppendLine("## Projects").AppendLine();
    md.AppendLine("Test projects are marked **test**. `missing refs`: ProjectReferences outside the folder (not compiled in). Times in seconds; wall time includes compiling referenced projects the first time.").AppendLine();
    md.AppendLine($"| project | test | sdk | output | files | lines | compile errors | missing refs | AI calls | {string.Join(" | ", rules)} | exceptions | analyzer time | wall time |");
    md.AppendLine($"|---|---|---|---|---:|---:|---:|---:|---:|{string.Concat(rules.Select(_ => "---:|"))}---:|---:|---:|");
    foreach (var r in results)
    {
        var output = r.TopLevelStatements ? "exe (top-level)" : r.File.OutputType;
        md.AppendLine($"| {r.Project} | {(r.File.IsTest ? "**test**" : "")} | {r.File.Sdk}{(r.File.IsFileBasedApp ? " (file-based app)" : "")} | {output} | {r.Files} | {r.Lines} | {r.CompileErrors.Count} | {r.MissingProjectReferences} | {r.AiCalls.Count} | " +
                      $"{string.Join(" | ", rules.Select(rule => r.Diagnostics.Count(d => d.Rule == rule)))} | {r.Exceptions.Count} | " +
                      $"{Seconds(r.AnalyzerTimes.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b))} | {Seconds(r.WallTime)} |");
    }

    md.AppendLine().AppendLine("## Most common compile errors (binding quality)").AppendLine();
    md.AppendLine("| id | count |").AppendLine("|---|---:|");
    foreach (var error in results.SelectMany(r => r.CompileErrors).GroupBy(e => e.Id, StringComparer.Ordinal)
                 .Select(g => (Id: g.Key, Count: g.Count())).OrderByDescending(e => e.Count).ThenBy(e => e.Id, StringComparer.Ordinal).Take(10))
    {
        md.AppendLine($"| {error.Id} | {error.Count} |");
    }

    md.AppendLine().AppendLine("## Analyzer exceptions").AppendLine();
    var exceptions = results.SelectMany(r => r.Exceptions.Select(e => $"- {r.Project}: {e}")).ToList();
    md.AppendLine(exceptions.Count == 0 ? "None." : string.Join("\n", exceptions));
    md.AppendLine().AppendLine("## Packages referenced (names from each .csproj)").AppendLine();
    foreach (var r in results)
    {
        md.AppendLine($"- {r.Project}: {(r.File.Packages.Count == 0 ? "(none)" : string.Join(", ", r.File.Packages))}");
    }

    return md.ToString();
}

string TotalsRow(string scope, IReadOnlyCollection<ProjectResult> rows) =>
    $"| {scope} | {rows.Count} | {rows.Sum(r => r.Files)} | {rows.Sum(r => r.Lines)} | {rows.Sum(r => r.CompileErrors.Count)} | {rows.Sum(r => r.AiCalls.Count)} | " +
    $"{string.Join(" | ", rules.Select(rule => rows.Sum(r => r.Diagnostics.Count(d => d.Rule == rule))))} | {rows.Sum(r => r.Exceptions.Count)} |";

static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

static void WriteTsv(string path, string header, IEnumerable<string> rows) =>
    File.WriteAllText(path, header + "\n" + string.Concat(rows.Select(r => r + "\n")), new UTF8Encoding(false));
