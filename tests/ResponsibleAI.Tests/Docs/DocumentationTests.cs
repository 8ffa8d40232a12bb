extern alias generators;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using generators::ResponsibleAI.Generators;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Docs;

/// <summary>
/// What the README, <c>docs/</c>, the package README and the samples' READMEs show must work when copied: every C# block
/// compiles (against the real SDKs, with the generator running, as in a project with implicit usings), unless the line
/// before it says <c>&lt;!-- fragment: why --&gt;</c>; every command names a verb, a path, a project and a test filter
/// that exist; and the docs speak to adopters, not to the people who built the product.
/// </summary>
public sealed partial class DocumentationTests(ITestOutputHelper output)
{
    /// <summary>The usings a project with <c>ImplicitUsings</c> enabled gets (Microsoft.NET.Sdk).</summary>
    private const string ConsoleImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The extra implicit usings of Microsoft.NET.Sdk.Web, for blocks that build a web app.</summary>
    private const string WebImplicitUsings = """
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    private static readonly string[] DotnetVerbs = ["add", "build", "format", "new", "pack", "responsible-ai", "restore", "run", "test", "tool"];

    [Fact]
    public void Every_csharp_block_compiles_or_is_marked_as_a_fragment()
    {
        var blocks = Blocks().Where(b => b.Language is "csharp" or "cs" or "c#").ToList();
        Assert.True(blocks.Count >= 40, $"Only {blocks.Count} C# blocks found: is the repository root right?");

        var failures = new List<string>();
        var compiled = 0;
        foreach (var block in blocks)
        {
            if (block.Fragment is { } reason)
            {
                if (reason.Length == 0)
                {
                    failures.Add($"{block.Where}: a fragment marker must say why the block does not compile on its own.");
                }

                continue;
            }

            compiled++;
            var errors = CompileErrors(block.Code);
            if (errors.Count > 0)
            {
                failures.Add($"{block.Where}: does not compile (mark it <!-- fragment: why --> if it is not meant to):\n    "
                    + string.Join("\n    ", errors));
            }
        }

        output.WriteLine($"{blocks.Count} C# blocks, {compiled} compiled, {blocks.Count - compiled} marked as fragments.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_command_names_a_verb_path_project_and_test_that_exist()
    {
        var repository = DotnetCli.RepositoryRoot();
        var testSources = string.Join("\n", Directory.EnumerateFiles(Path.Combine(repository, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var commands = Blocks().Where(b => b.Language is "sh" or "bash" or "shell").SelectMany(b => Commands(b)).ToList();
        Assert.True(commands.Count >= 15, $"Only {commands.Count} commands found.");

        var failures = new List<string>();
        foreach (var (where, line) in commands)
        {
            var words = Words(line);
            while (words.Count > 0 && Regex.IsMatch(words[0], "^[A-Z_][A-Z0-9_]*=")) // LSP_KEEP_WORK=1 tools/lsp/run.sh
            {
                words.RemoveAt(0);
            }

            if (words.Count == 0)
            {
                continue;
            }

            var program = words[0];
            switch (program)
            {
                case "dotnet":
                    CheckDotnet(where, line, words, repository, testSources, failures);
                    break;
                case "git":
                case "ls":
                    break; // ls lists build output, which exists after the build the block shows first
                default:
                    var script = Path.Combine(repository, program);
                    if (!File.Exists(script))
                    {
                        failures.Add($"{where}: `{line}`: no program or script '{program}' in the repository.");
                    }
                    else if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(script) & UnixFileMode.UserExecute) == 0)
                    {
                        failures.Add($"{where}: `{line}`: '{program}' is not executable.");
                    }

                    break;
            }
        }

        output.WriteLine($"{commands.Count} commands checked.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Docs_describe_the_product_not_how_it_was_built()
    {
        // "contract" is fine in prose about a provider's terms ("a contract term", "a contract between companies").
        var forbidden = new Regex(@"\bthe contract\b|\bcontract's\b|\(contract,|\bproject contract\b|issue #\d+|\bshared folder\b|\.\./shared/|\bContractTests\b", RegexOptions.IgnoreCase);
        var failures = DocumentFiles()
            .SelectMany(file => File.ReadAllLines(file).Select((text, index) => (file, text, line: index + 1)))
            .Where(l => forbidden.IsMatch(l.text))
            .Select(l => $"{Relative(l.file)}:{l.line}: {l.text.Trim()}")
            .ToList();
        Assert.True(failures.Count == 0, "Docs speak to adopters; these lines speak to us:\n" + string.Join("\n", failures));
    }

    // ------------------------------------------------------------------ compiling

    private static List<string> CompileErrors(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(code, parse, "Block.cs");
        var web = code.Contains("WebApplication", StringComparison.Ordinal) || code.Contains("IEndpointRouteBuilder", StringComparison.Ordinal);
        var usings = ConsoleImplicitUsings + "\n" + (web ? WebImplicitUsings : string.Empty);
        var topLevel = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocsBlock",
            [CSharpSyntaxTree.ParseText(usings, parse, "ImplicitUsings.cs"), tree],
            web ? TestReferences.WithAspNetCore : TestReferences.All,
            new CSharpCompilationOptions(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

        GeneratorDriver driver = CSharpGeneratorDriver.Create([new AiFeatureGenerator().AsSourceGenerator()], parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        // Our own rules (RAI3xxx are errors) are what many blocks show on purpose; only the compiler's errors count.
        return output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RAI", StringComparison.Ordinal))
            .Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage()}")
            .ToList();
    }

    // ------------------------------------------------------------------ commands

    private static void CheckDotnet(string where, string line, List<string> words, string repository, string testSources, List<string> failures)
    {
        if (words.Count < 2 || !DotnetVerbs.Contains(words[1]))
        {
            failures.Add($"{where}: `{line}`: unknown dotnet verb '{(words.Count > 1 ? words[1] : "")}'.");
            return;
        }

        for (var i = 2; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "--project" && i + 1 < words.Count)
            {
                CheckPath(words[++i]);
            }
            else if (word is "--filter" && i + 1 < words.Count)
            {
                var filter = FilterName().Match(words[++i]);
                if (!filter.Success || !testSources.Contains(filter.Groups["name"].Value, StringComparison.Ordinal))
                {
                    failures.Add($"{where}: `{line}`: the filter '{words[i]}' matches no test in tests/.");
                }
            }
            else if (!word.StartsWith('-') && (word.Contains('/') || word.EndsWith(".sln", StringComparison.Ordinal)))
            {
                CheckPath(word);
            }
        }

        if (words[1] == "test")
        {
            var target = words.Skip(2).FirstOrDefault(w => !w.StartsWith('-'));
            if (target is not null && !target.EndsWith(".sln", StringComparison.Ordinal)
                && !Directory.EnumerateFiles(Path.Combine(repository, target), "*.csproj").Any(p => File.ReadAllText(p).Contains("<IsTestProject>true</IsTestProject>", StringComparison.Ordinal)))
            {
                failures.Add($"{where}: `{line}`: '{target}' is not a test project.");
            }
        }

        void CheckPath(string path)
        {
            var full = Path.Combine(repository, path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                failures.Add($"{where}: `{line}`: '{path}' does not exist in the repository.");
            }
        }
    }

    private static IEnumerable<(string Where, string Line)> Commands(Block block)
    {
        var lines = block.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = CommentAfterCommand().Replace(lines[i], string.Empty).Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                yield return ($"{block.Where}+{i + 1}", text);
            }
        }
    }

    /// <summary>Shell words, with double quotes removed and the words inside them kept together.</summary>
    private static List<string> Words(string line) =>
        ShellWord().Matches(line).Select(m => m.Value.Replace("\"", string.Empty, StringComparison.Ordinal)).ToList();

    // ------------------------------------------------------------------ the documents

    private sealed record Block(string Where, string Language, string Code, string? Fragment);

    private static IEnumerable<string> DocumentFiles()
    {
        var repository = DotnetCli.RepositoryRoot();
        yield return Path.Combine(repository, "README.md");
        yield return Path.Combine(repository, "src", "Attributes", "PACKAGE.md");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "samples"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    private static IEnumerable<Block> Blocks()
    {
        foreach (var file in DocumentFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var fence = Fence().Match(lines[i]);
                if (!fence.Success)
                {
                    continue;
                }

                var start = i;
                var indent = fence.Groups["indent"].Value.Length;
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Add(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
                }

                var previous = start - 1;
                while (previous >= 0 && string.IsNullOrWhiteSpace(lines[previous]))
                {
                    previous--;
                }

                var marker = previous >= 0 ? FragmentMarker().Match(lines[previous]) : Match.Empty;
                yield return new Block(
                    $"{Relative(file)}:{start + 1}",
                    fence.Groups["language"].Value.ToLowerInvariant(),
                    string.Join("\n", code),
                    marker.Success ? marker.Groups["why"].Value.Trim() : null);
            }
        }
    }

    private static string Relative(string file) => Path.GetRelativePath(DotnetCli.RepositoryRoot(), file).Replace('\\', '/');

    [GeneratedRegex(@"^(?<indent>\s*)```(?<language>[A-Za-z#]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*fragment:?(?<why>.*?)-->\s*$")]
    private static partial Regex FragmentMarker();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex CommentAfterCommand();

    [GeneratedRegex(@"""[^""]*""|\S+")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"(?:FullyQualifiedName|Name)~(?<name>[A-Za-z0-9_.]+)")]
    private static partial Regex FilterName();
}
