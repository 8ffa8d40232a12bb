extern alias generators;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using generators::ResponsibleAI.Generators;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;

namespace ResponsibleAI.Tests.Generators;

/// <summary>Runs the generator on sources, checks that everything compiles with no warning, and approves snapshots.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public sealed record Run(Compilation Output, GeneratorDriverRunResult Result, GeneratorDriver Driver)
    {
        public IReadOnlyDictionary<string, string> Generated =>
            Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }

    public static CSharpCompilation Compile(IEnumerable<string> sources, string assemblyName = "Lectures") =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(TestSetup.GlobalUsings, ParseOptions, "GlobalUsings.cs") }
                .Concat(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, $"Source{i}.cs"))),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>Runs the generator (with step tracking) and asserts the output compiles with zero errors and zero warnings.</summary>
    public static Run RunGenerator(IEnumerable<string> sources, string? rootNamespace = null, bool expectClean = true)
    {
        var compilation = Compile(sources);
        var options = new DictionaryOptionsProvider(rootNamespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new AiFeatureGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        if (expectClean)
        {
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, "generated code does not compile cleanly:\n" + string.Join("\n", problems)
                + "\n\n" + string.Join("\n\n", result.Results.SelectMany(r => r.GeneratedSources).Select(s => "// " + s.HintName + "\n" + s.SourceText)));
        }

        return new Run(output, result, driver);
    }

    /// <summary>The version the generator writes into [GeneratedCode]: its assembly's informational version without build metadata.</summary>
    public static string GeneratorVersion { get; } =
        (typeof(generators::ResponsibleAI.Generators.AiFeatureGenerator).Assembly.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "").Split('+')[0];

    /// <summary>
    /// Compares each generated file with <c>Snapshots/{test}.{hint}.verified.cs</c> next to the test. A missing snapshot is
    /// written and passes locally; in CI (CI=true) it fails and writes <c>.received.cs</c>. UPDATE_SNAPSHOTS=1 re-approves.
    /// </summary>
    public static void VerifySnapshots(Run run, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var prefix = Path.GetFileNameWithoutExtension(testFile) + "." + test + ".";
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>();
        foreach (var (hint, text) in run.Generated.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, prefix + hint.Replace(".g.cs", string.Empty) + ".verified.cs");
            expectedFiles.Add(path);
            // The generator's version (the package's) changes with every release: the snapshots hold a placeholder.
            var actual = text.Replace("\r\n", "\n").Replace($"\"ResponsibleAI.Generators\", \"{GeneratorVersion}\")", "\"ResponsibleAI.Generators\", \"{version}\")", StringComparison.Ordinal);
            if (!File.Exists(path) || update)
            {
                if (ci && !update)
                {
                    File.WriteAllText(Path.ChangeExtension(path, null).Replace(".verified", ".received") + ".cs", actual);
                    failures.Add($"missing snapshot {Path.GetFileName(path)} (a .received.cs was written; review it and rename it)");
                }
                else
                {
                    File.WriteAllText(path, actual);
                }

                continue;
            }

            var approved = File.ReadAllText(path).Replace("\r\n", "\n");
            if (approved != actual)
            {
                File.WriteAllText(path.Replace(".verified.cs", ".received.cs"), actual);
                failures.Add($"{Path.GetFileName(path)} differs:\n{Diff(approved, actual)}");
            }
        }

        foreach (var stale in Directory.EnumerateFiles(directory, prefix + "*.verified.cs"))
        {
            if (!expectedFiles.Contains(stale))
            {
                failures.Add($"stale snapshot {Path.GetFileName(stale)}: the generator no longer writes it");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string Diff(string expected, string actual)
    {
        var diff = DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        foreach (var line in diff.Lines)
        {
            builder.Append(line.Type switch { DiffPlex.DiffBuilder.Model.ChangeType.Inserted => "+ ", DiffPlex.DiffBuilder.Model.ChangeType.Deleted => "- ", _ => "  " })
                .AppendLine(line.Text);
        }

        return builder.ToString();
    }

    private sealed class DictionaryOptionsProvider(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
