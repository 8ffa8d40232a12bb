extern alias generators;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using generators::ResponsibleAI.Generators;
using Xunit;

namespace ResponsibleAI.Tests.Generators;

/// <summary>The generator's output: snapshots, clean compilation, determinism and incremental caching.</summary>
public class GeneratorTests
{
    [Fact]
    public void Gateways_of_every_shape_and_the_registry()
    {
        var run = GeneratorHarness.RunGenerator(new[] { GatewaySources.Lectures, GatewaySources.Shapes }, rootNamespace: "Lectures");
        GeneratorHarness.VerifySnapshots(run);
        Assert.Equal(
            new[]
            {
                "AiFeatures.g.cs",
                "Lectures.Services.LectureAi.CaptionAsync_3.g.cs",
                "Lectures.Services.LectureAi.EmbedAsync_2.g.cs",
                "Lectures.Services.LectureAi.ReindexAsync_1.g.cs",
                "Lectures.Services.LectureAi.SummarizeAsync_3.g.cs",
                "Lectures.Services.LectureAi.TitleAsync_2.g.cs",
                "Lectures.Services.LectureAi.TranslateAsync_2.g.cs",
                "Lectures.Shapes.Chaptering.ChaptersAsync_2.g.cs",
                "Lectures.Shapes.Outer`1.Quiz.QuizAsync_3.g.cs",
            },
            run.Generated.Keys.Select(k => System.Text.RegularExpressions.Regex.Replace(k, "_[0-9a-f]{8}\\.g\\.cs$", ".g.cs")).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Overloads_get_distinct_files()
    {
        const string source = """
            namespace Lectures;

            public partial class Overloads(IAiGovernance governance)
            {
                [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(TextCore))]
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken cancellationToken);

                [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(IdCore))]
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, int lectureId, CancellationToken cancellationToken);

                private Task<string> TextCore(AiSubject student, string transcript, CancellationToken cancellationToken) => Task.FromResult(transcript);
                private Task<string> IdCore(AiSubject student, int lectureId, CancellationToken cancellationToken) => Task.FromResult(lectureId.ToString());
            }
            """;
        var run = GeneratorHarness.RunGenerator(new[] { source });
        Assert.Equal(3, run.Generated.Count);
    }

    [Fact]
    public void Registry_lists_every_feature_with_its_declarations_and_names_follow_the_contract()
    {
        const string source = """
            namespace Lectures;

            [AiFeature("reach.captions-v2", Capability = AiCapability.Captioning, Provider = "Kaltura REACH")]
            public interface ICaptionVendor { Task<string> OrderAsync(string entryId); }

            public sealed class Summaries
            {
                [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
                public string Summarize(string text) => text;

                [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
                public string SummarizeShort(string text) => text;

                [AiFeature("search.vectors", Capability = AiCapability.Embedding, PersonalData = false)]
                public float[] Embed(string text) => new float[0];

                [AiFeature("Not Valid")]
                public void Skipped() { }
            }

            public static class Check
            {
                public static string Names() => string.Join(",", AiFeatures.All.Select(f => f.Id))
                    + "|" + AiFeatures.ReachCaptionsV2.Provider + "|" + AiFeatures.LectureSummary.DeclaredBy.Count + "|" + AiFeatures.SearchVectors.GeneratesContent
                    + "|" + AiFeatures.SearchVectors.PersonalData + "," + AiFeatures.LectureSummary.PersonalData;
            }
            """;
        var run = GeneratorHarness.RunGenerator(new[] { "global using System.Linq;\n" + source });
        GeneratorHarness.VerifySnapshots(run);
        var names = Execute(run.Output, "Lectures.Check", "Names");
        Assert.Equal("lecture.summary,reach.captions-v2,search.vectors|Kaltura REACH|2|False|False,True", names);
    }

    [Fact]
    public void Registry_goes_to_the_root_namespace_or_the_assembly_name()
    {
        const string source = "public sealed class S { [AiFeature(\"a.b\")] public void M() { } }";
        Assert.Contains("namespace My.Root", GeneratorHarness.RunGenerator(new[] { source }, rootNamespace: "My.Root").Generated["AiFeatures.g.cs"]);
        Assert.Contains("namespace Lectures", GeneratorHarness.RunGenerator(new[] { source }).Generated["AiFeatures.g.cs"]);
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_the_input_files()
    {
        var first = GeneratorHarness.RunGenerator(new[] { GatewaySources.Lectures, GatewaySources.Shapes }, "Lectures").Generated;
        var second = GeneratorHarness.RunGenerator(new[] { GatewaySources.Shapes, GatewaySources.Lectures }, "Lectures").Generated;
        Assert.Equal(first.OrderBy(p => p.Key), second.OrderBy(p => p.Key));
    }

    [Fact]
    public void Invalid_gateways_are_skipped_not_crashed_on()
    {
        const string source = """
            namespace Bad;

            public class NotPartialType
            {
                private readonly IAiGovernance _g = null!;
                [AiFeature("bad.one", Implementation = nameof(Core))]
                public partial Task<AiGenerated<string>> A(AiSubject s);
                private Task<string> Core(AiSubject s) => Task.FromResult("");
            }

            public partial class Shapes
            {
                private readonly IAiGovernance _g = null!;

                [AiFeature("bad.missing", Implementation = "Nope")]
                public partial Task<AiGenerated<string>> Missing(AiSubject s);

                [AiFeature("bad.signature", Implementation = nameof(WrongCore))]
                public partial Task<AiGenerated<string>> Wrong(AiSubject s, string text);
                private Task<int> WrongCore(AiSubject s, string text) => Task.FromResult(1);

                [AiFeature("bad.subject", Implementation = nameof(NoSubjectCore))]
                public partial Task<AiGenerated<string>> NoSubject(string text);
                private Task<string> NoSubjectCore(string text) => Task.FromResult(text);

                [AiFeature("bad.raw", Capability = AiCapability.Summarization, Implementation = nameof(RawCore))]
                public partial Task<string> Raw(AiSubject s);
                private Task<string> RawCore(AiSubject s) => Task.FromResult("");

                [AiFeature("bad.body", Implementation = nameof(RawCore))]
                public Task<string> WithBody(AiSubject s) => RawCore(s);
            }

            public partial class NoGovernance
            {
                [AiFeature("bad.governance", Implementation = nameof(Core))]
                public partial Task<AiGenerated<string>> A(AiSubject s);
                private Task<string> Core(AiSubject s) => Task.FromResult("");
            }
            """;
        var run = GeneratorHarness.RunGenerator(new[] { source }, expectClean: false);

        // Gateways in partial types get a throwing body, so the build fails on the RAI3xxx error that explains them and
        // not on CS8795 (after which the command-line compiler runs no analyzer). The non-partial type and the method
        // with a body get nothing: there is no partial part to write into.
        var stubs = run.Generated.Where(p => p.Key != "AiFeatures.g.cs").ToList();
        Assert.Equal(new[] { "Missing", "NoSubject", "Raw", "Wrong", "A" }.OrderBy(n => n), stubs.Select(p => p.Key.Split('.')[2].Split('_')[0]).OrderBy(n => n));
        Assert.All(stubs, p => Assert.Contains("throw new global::System.InvalidOperationException(", p.Value));
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8795" && !d.GetMessage().Contains("NotPartialType"));
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compile(new[] { GatewaySources.Lectures, GatewaySources.Shapes });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new AiFeatureGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Unrelated { public static int Value => 42; }", GeneratorHarness.ParseOptions, "Unrelated.cs"));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.Declarations, TrackingNames.Features, TrackingNames.Registry, TrackingNames.Gateways })
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "missing tracked step " + name);
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}");
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Models_hold_no_symbols_syntax_or_compilations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel) };
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(typeof(AiFeatureGenerator).Assembly.GetTypes().Where(t => t.Namespace == "ResponsibleAI.Generators.Model"));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.False(forbidden.Any(f => f.IsAssignableFrom(property.PropertyType)), $"{type.Name}.{property.Name} is a {property.PropertyType.Name}");
                var element = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments() : new[] { property.PropertyType };
                foreach (var t in element)
                {
                    pending.Push(t);
                }
            }
        }
    }

    /// <summary>Emits the compilation to memory, loads it and calls a static string method.</summary>
    internal static string Execute(Compilation compilation, string typeName, string methodName)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        var result = assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName)!.Invoke(null, null);
        return result is Task<string> task ? task.GetAwaiter().GetResult() : (string)result!;
    }
}
