using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using ResponsibleAI.Inventory.Cli;
using ResponsibleAI.Inventory.Model;
using ResponsibleAI.Inventory.Output;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Inventory.Tests;

/// <summary>The packed tool, installed from a folder feed as a local tool, on copies of the two samples.</summary>
[Trait("Category", "Integration")]
public sealed partial class PackedToolTests : IClassFixture<InventoryToolFixture>
{
    private static readonly string[] LectureAssistantFeatures = ["lecture.captions", "lecture.quiz-grading", "lecture.summary"];
    private static readonly string[] ViolationsFeatures = ["lecture.quiz", "reach.captions"];

    private readonly InventoryToolFixture _tool;

    public PackedToolTests(InventoryToolFixture tool, ITestOutputHelper output)
    {
        _tool = tool;
        foreach (var line in tool.Log)
        {
            output.WriteLine("[fixture] " + line);
        }
    }

    private InventoryDocument Document => JsonSerializer.Deserialize<InventoryDocument>(_tool.Read(_tool.FirstOutput, InventoryCommand.JsonFile), JsonOutput.Options)!;

    private ProjectInventory Project(string name) => Document.Projects.Single(p => p.Name == name);

    [Fact]
    public void Package_is_a_dotnet_tool_named_dotnet_responsible_ai()
    {
        using var package = ZipFile.OpenRead(_tool.PackagePath);
        var settings = package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var reader = new StreamReader(settings.Open());
        Assert.Contains("Name=\"dotnet-responsible-ai\"", reader.ReadToEnd(), StringComparison.Ordinal);
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/ResponsibleAI.Analyzers.dll", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/ResponsibleAI.Generators.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void One_command_writes_the_three_files_and_exits_with_zero()
    {
        Assert.True(_tool.FirstRun.ExitCode == 0, _tool.FirstRun.Describe("The inventory of the two samples failed."));
        foreach (var file in new[] { InventoryCommand.JsonFile, InventoryCommand.MarkdownFile, InventoryCommand.HtmlFile })
        {
            Assert.True(new FileInfo(Path.Combine(_tool.FirstOutput, file)).Length > 1000, file);
        }

        Assert.Contains("AI inventory of 2 project(s)", _tool.FirstRun.StandardOutput, StringComparison.Ordinal);

        // Standard error is redirected here: no spinner frames, no stack trace.
        Assert.DoesNotContain('\r', _tool.FirstRun.StandardError);
        Assert.DoesNotContain("   at ", _tool.FirstRun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_follows_the_published_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(DotnetCli.RepositoryRoot(), "docs", "ai-inventory.schema.json")));
        var json = JsonNode.Parse(_tool.Read(_tool.FirstOutput, InventoryCommand.JsonFile));
        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20);
        Assert.True(result.IsValid, "Schema violations:\n" + string.Join("\n", errors));
        Assert.Equal(InventoryDocument.CurrentSchemaVersion, json!["schemaVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Every_feature_of_the_samples_is_listed_with_its_declaration()
    {
        Assert.Equal(LectureAssistantFeatures, Project("LectureAssistant").Features.Select(f => f.Id));
        Assert.Equal(ViolationsFeatures, Project("Violations").Features.Select(f => f.Id));

        var summary = Project("LectureAssistant").Features.Single(f => f.Id == "lecture.summary");
        Assert.Equal("Summarization", summary.Capability);
        Assert.True(summary.InRegistry);
        Assert.Contains("generated automatically by AI", summary.Notice, StringComparison.Ordinal);
        Assert.Equal("M:LectureAssistant.LectureService.SummarizeAsync(ResponsibleAI.AiSubject,System.String,System.Threading.CancellationToken)", summary.DeclaredBy.Single().Symbol);

        // A third-party member declared in ResponsibleAI.txt: not in the generated registry, but in the inventory.
        var reach = Project("Violations").Features.Single(f => f.Id == "reach.captions");
        Assert.Equal(("Captioning", "Contoso Reach", false), (reach.Capability, reach.Provider, reach.InRegistry));
        Assert.Equal(("configuration", "Violations/ResponsibleAI.txt"), (reach.DeclaredBy.Single().Source, reach.DeclaredBy.Single().File));

        var gateways = Project("LectureAssistant").Gateways.Select(g => (g.Feature, g.Implementation)).ToList();
        Assert.Equal([("lecture.captions", "CaptionCoreAsync"), ("lecture.quiz-grading", "ProposeScoreCoreAsync"), ("lecture.summary", "SummarizeCoreAsync")], gateways);
    }

    [Fact]
    public void Every_call_site_of_the_samples_is_listed_with_its_status()
    {
        var lecture = Project("LectureAssistant").Calls;
        Assert.Equal(
            [
                "LectureAssistant/LectureService.cs IChatClient.GetResponseAsync catalog lecture.summary callers",
                "LectureAssistant/LectureService.cs ISpeechToTextClient.GetTextAsync catalog lecture.captions callers",
                "LectureAssistant/Program.cs LectureService.CaptionAsync gateway lecture.captions gateway",
                "LectureAssistant/Program.cs LectureService.SummarizeAsync gateway lecture.summary gateway",
                "LectureAssistant/QuizGrading.cs QuizGrader.ProposeScoreAsync gateway lecture.quiz-grading gateway",
                "LectureAssistant/QuizGrading.cs IChatClient.GetResponseAsync catalog lecture.quiz-grading callers",
            ],
            lecture.Select(c => $"{c.File} {c.Target} {c.Kind} {c.Feature ?? c.WithinFeature} {c.Consent}"));

        // The oracle for Violations is its list of expected diagnostics: every position where the build reports
        // RAI1001, RAI1002 or RAI1005 (all on AI calls) is a call site of the inventory, and the status agrees.
        var violations = Project("Violations").Calls;
        var expected = ExpectedDiagnostics();
        foreach (var (file, line, column, rule) in expected.Where(e => e.Rule is "RAI1001" or "RAI1002" or "RAI1005"))
        {
            var call = violations.SingleOrDefault(c => c.File == "Violations/" + file && c.Line == line && c.Column == column);
            Assert.True(call is not null, $"No call site at {file}({line},{column}) for {rule}.");
            Assert.Contains(rule, call.Findings);
            if (rule == "RAI1001")
            {
                Assert.Equal("missing", call.Consent);
            }

            if (rule == "RAI1002")
            {
                Assert.Equal("missing", call.OptOut);
            }
        }

        // Calls with no finding are listed too, with what holds at them.
        var guarded = violations.Single(c => c.Member.StartsWith("StudentAiService.QuizAsync(", StringComparison.Ordinal));
        Assert.Equal(("feature", "lecture.quiz", "checked", "checked"), (guarded.Kind, guarded.Feature, guarded.Consent, guarded.OptOut));
        var undisclosed = violations.Single(c => c.Member.StartsWith("TeachingAssistantService.SummarizeTicketAsync(", StringComparison.Ordinal));
        Assert.Equal("undisclosed", undisclosed.Disclosure);
        Assert.Contains(undisclosed.Outputs, o => o.Kind == "store" && o.Target == "SupportTicket.Summary");
        Assert.Contains(violations, c => c.Review == "unreviewed" && c.Findings.Contains("RAI1004"));
    }

    [Fact]
    public void Findings_are_exactly_the_diagnostics_the_build_reports_with_their_policy_clause()
    {
        var findings = Project("Violations").Findings;
        var actual = findings.Select(f => (f.File.Replace("Violations/", ""), f.Line, f.Column, f.Rule)).Order().ToList();
        Assert.Equal(ExpectedDiagnostics().Order().ToList(), actual);
        Assert.All(findings.Where(f => f.Rule == "RAI1005"), f => Assert.Equal("warning", f.Severity)); // raised in Violations.globalconfig
        Assert.All(findings.Where(f => f.Rule == "RAI1001"), f => Assert.Equal("Customer Responsibilities, Informed Consent", f.Clause));
        Assert.Empty(Project("LectureAssistant").Findings);
        Assert.Equal(findings.Count(f => f.Clause == "Accountability, Documentation"), Document.Clauses.Single(c => c.Clause == "Accountability, Documentation").Findings);
    }

    [Fact]
    public void Markdown_and_html_hold_every_feature_and_call()
    {
        var markdown = _tool.Read(_tool.FirstOutput, InventoryCommand.MarkdownFile);
        var html = _tool.Read(_tool.FirstOutput, InventoryCommand.HtmlFile);
        foreach (var project in Document.Projects)
        {
            foreach (var feature in project.Features)
            {
                Assert.Contains($"### Feature `{feature.Id}`", markdown, StringComparison.Ordinal);
                Assert.Contains($"<code>{feature.Id}</code>", html, StringComparison.Ordinal);
            }

            foreach (var call in project.Calls)
            {
                Assert.Contains($"| {call.File}:{call.Line} |", markdown, StringComparison.Ordinal);
                Assert.Contains($">{call.File}:{call.Line}</td>", html, StringComparison.Ordinal);
            }
        }

        Assert.Contains("## Findings per policy clause", markdown, StringComparison.Ordinal);
        Assert.Contains("| Customer Responsibilities, Informed Consent | [RAI1001](https://github.com/responsibleai-dotnet/ResponsibleAI/blob/main/docs/rules/RAI1001.md) | 12 |", markdown, StringComparison.Ordinal);

        // Self-contained: inline SVG charts, no external script, style sheet, image or font.
        Assert.Equal(4, Regex.Matches(html, "<svg ").Count);
        Assert.DoesNotMatch(new Regex("<script[^>]+src=|<link |<img |@import|url\\("), html);
        Assert.Contains("<a href=\"https://github.com/responsibleai-dotnet/ResponsibleAI/blob/main/docs/rules/RAI1003.md\">RAI1003</a>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"sortable\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', markdown + html);
    }

    [Fact]
    public void Same_code_gives_byte_identical_files_from_another_folder_and_through_a_solution()
    {
        Assert.True(_tool.SecondRun.ExitCode == 0, _tool.SecondRun.Describe("The second inventory failed."));
        foreach (var file in new[] { InventoryCommand.JsonFile, InventoryCommand.MarkdownFile, InventoryCommand.HtmlFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_tool.FirstOutput, file)), File.ReadAllBytes(Path.Combine(_tool.SecondOutput, file)));
        }
    }

    [Fact]
    public void Baseline_mode_catches_an_added_feature_and_a_new_provider()
    {
        // A copy of LectureAssistant (same depth, so its ../../src references hold) with one more feature.
        var changed = Path.Combine(_tool.Repository, "samples", "LectureAssistantChanged");
        InventoryToolFixture.CopyFolder(Path.GetDirectoryName(_tool.LectureAssistant)!, changed);
        File.Move(Path.Combine(changed, "LectureAssistant.csproj"), Path.Combine(changed, "LectureAssistantChanged.csproj"));
        File.WriteAllText(Path.Combine(changed, "Hints.cs"), """
            using Microsoft.Extensions.AI;
            using ResponsibleAI;

            namespace LectureAssistant;

            public sealed class QuizHints(IChatClient chat)
            {
                [AiFeature("quiz.hints", Capability = AiCapability.TextGeneration, Provider = "Contoso Tutor Cloud")]
                public async Task<string> HintAsync(string question) => (await chat.GetResponseAsync("Give a hint: " + question)).Text;
            }

            """);

        var output = Path.Combine(_tool.Root, "out-changed");
        var baseline = Path.Combine(_tool.FirstOutput, InventoryCommand.JsonFile);
        var result = _tool.RunTool(_tool.ToolHome, "inventory", Path.Combine(changed, "LectureAssistantChanged.csproj"), _tool.Violations,
            "-o", output, "--baseline", baseline, "--fail-on", "new-feature,new-provider");

        Assert.True(result.ExitCode == ExitCodes.ChangesFound, result.Describe("Expected exit code 1 for the added feature."));
        Assert.Contains("### Features added (1) - fails the check", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- `quiz.hints`", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- Contoso Tutor Cloud", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("changes named by --fail-on: new-feature, new-provider", result.StandardError, StringComparison.Ordinal);

        // The inventory itself is still written.
        Assert.Contains("\"id\": \"quiz.hints\"", File.ReadAllText(Path.Combine(output, InventoryCommand.JsonFile)), StringComparison.Ordinal);
    }

    private static List<(string File, int Line, int Column, string Rule)> ExpectedDiagnostics() =>
        File.ReadAllLines(Path.Combine(DotnetCli.RepositoryRoot(), "samples", "Violations", "expected-diagnostics.txt"))
            .Select(l => Regex.Match(l, @"^(?<file>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<rule>RAI\d+)"))
            .Where(m => m.Success)
            .Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value), m.Groups["rule"].Value))
            .ToList();
}
