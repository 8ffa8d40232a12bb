using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;

namespace ResponsibleAI.Tests.Robustness;

/// <summary>
/// The pack gives the same diagnostics however the driver schedules it: many runs at once on one compilation (each with
/// concurrent execution), and the files in other orders. And a configuration file of 10,000 lines is read in full.
/// </summary>
public class DeterminismTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static CSharpCompilation Compile(SyntaxTree[] trees) =>
        CSharpCompilation.Create("Violations", trees, TestReferences.WithAspNetCore, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Every diagnostic as one line, in a fixed order (file, position, id, message).</summary>
    private static async Task<string[]> AnalyzeAsync(Compilation compilation, AdditionalText configuration)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray.Create(configuration)), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(PackAnalyzers.Create(), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .Select(d => $"{Path.GetFileName(d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition}) {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public async Task Concurrent_runs_on_one_compilation_and_permuted_file_orders_give_identical_diagnostics()
    {
        var directory = Path.Combine(DotnetCli.RepositoryRoot(), "samples", "Violations");
        var trees = Directory.EnumerateFiles(directory, "*.cs").OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), Parse, path))
            .Prepend(CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, "GlobalUsings.g.cs"))
            .ToArray();
        var configuration = new InMemoryAdditionalText(Path.Combine(directory, "ResponsibleAI.txt"), File.ReadAllText(Path.Combine(directory, "ResponsibleAI.txt")));
        var compilation = Compile(trees);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var reference = await AnalyzeAsync(compilation, configuration);
        Assert.True(reference.Length >= 30, "The violations sample should give the pack plenty to report; got " + reference.Length);

        // Eight runs at once on the same compilation object.
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AnalyzeAsync(compilation, configuration))));
        foreach (var run in concurrent)
        {
            Assert.Equal(reference, run);
        }

        // The files in other orders (reversed, and rotated), each a new compilation.
        var orders = new[] { trees.Reverse().ToArray() }
            .Concat(Enumerable.Range(1, trees.Length - 1).Select(shift => trees.Skip(shift).Concat(trees.Take(shift)).ToArray()));
        foreach (var order in orders)
        {
            Assert.Equal(reference, await AnalyzeAsync(Compile(order), configuration));
        }
    }

    [Fact]
    public async Task A_configuration_file_of_ten_thousand_lines_is_read_in_full()
    {
        // 10,000 lines: 2,500 features naming real members, 2,500 guard lines, 2,500 comments or blank lines, 2,500 malformed lines.
        var source = new StringBuilder(ImplicitUsings).AppendLine("using Microsoft.Extensions.AI;");
        var lines = new StringBuilder();
        for (var i = 0; i < 2_500; i++)
        {
            source.AppendLine($$"""
                namespace Lib{{i}} { public sealed class Client { public Task<string> Ask(string q) => Task.FromResult(q); } public static class Privacy { public static bool Allowed(string u) => true; } }
                """);
            lines.AppendLine($"feature M:Lib{i}.Client.Ask(System.String) ; id=lib{i}.ask ; capability=Chat");
            lines.AppendLine($"consent-guard M:Lib{i}.Privacy.Allowed(System.String)");
            lines.AppendLine(i % 2 == 0 ? "# a comment" : string.Empty);
            lines.AppendLine($"not a valid line {i}");
        }

        source.AppendLine("""
            public sealed class Page(Lib7.Client client)
            {
                public Task<string> Run(string user) => client.Ask(user);
            }
            """);
        var text = lines.ToString();
        Assert.Equal(10_000, text.Split('\n').Length - 1);
        var compilation = CSharpCompilation.Create("Config", [CSharpSyntaxTree.ParseText(source.ToString(), Parse)], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await AnalyzeAsync(compilation, new InMemoryAdditionalText("/src/ResponsibleAI.txt", text));
        Assert.Equal(2_500, diagnostics.Count(d => d.Contains(" RAI9001: ", StringComparison.Ordinal)));
        Assert.Contains(diagnostics, d => d.Contains(" RAI1001: ", StringComparison.Ordinal) && d.Contains("lib7.ask", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains(" RAI1002: ", StringComparison.Ordinal) && d.Contains("lib7.ask", StringComparison.Ordinal));
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
