using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.IntegrationTests.Package;

/// <summary>
/// The <c>ResponsibleAI</c> package as a user gets it: packed with <c>dotnet pack</c>, installed from a local folder
/// feed into a fresh console project, and driven with the real <c>dotnet</c> CLI (build, run, format, ErrorLog).
/// </summary>
/// <remarks>
/// <see cref="PackageFeedFixture"/> packs and restores once; each test works on its own copy of the consumer.
/// Builds use <c>--no-incremental</c>: an up-to-date build skips the compiler and with it every analyzer warning.
/// Restoring Microsoft.Extensions.AI.Abstractions into the private packages folder needs the default package source.
/// </remarks>
[Trait("Category", "Integration")]
public sealed class PackageIntegrationTests : IClassFixture<PackageFeedFixture>
{
    // Program.cs(12,34): warning RAI1001: message [ConsumerApp.csproj]
    private static readonly Regex DiagnosticLine = new(
        @"^\s*(?<path>[^\s].*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)\s*:\s*(?<severity>warning|error)\s+(?<id>RAI\d+)\s*:",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private readonly PackageFeedFixture _feed;
    private readonly ITestOutputHelper _output;

    public PackageIntegrationTests(PackageFeedFixture feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
        foreach (var line in feed.Log)
        {
            output.WriteLine("[fixture] " + line);
        }
    }

    // ------------------------------------------------------------------ the package itself

    [Fact]
    public void Package_has_the_documented_layout_and_only_the_documented_dependencies()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        string[] required =
        [
            "analyzers/dotnet/cs/ResponsibleAI.Analyzers.dll",
            "analyzers/dotnet/cs/ResponsibleAI.CodeFixes.dll",
            "analyzers/dotnet/cs/ResponsibleAI.Generators.dll",
            "lib/netstandard2.0/ResponsibleAI.Attributes.dll",
            "lib/net8.0/ResponsibleAI.Attributes.dll",
            "build/ResponsibleAI.props",
            "buildTransitive/ResponsibleAI.props",
            "build/ResponsibleAI.targets",
            "buildTransitive/ResponsibleAI.targets",
            "buildTransitive/ResponsibleAI.TestProjects.globalconfig",
            "PACKAGE.md",
            "RELEASE-NOTES.md",
        ];
        var missing = required.Where(r => !entries.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "Missing from the package: " + string.Join(", ", missing) + "\nEntries:\n  " + string.Join("\n  ", entries.Order()));

        // No compiler (or any other) assembly besides ours: analyzers/ holds exactly the three Roslyn components.
        var analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(
            ["analyzers/dotnet/cs/ResponsibleAI.Analyzers.dll", "analyzers/dotnet/cs/ResponsibleAI.CodeFixes.dll", "analyzers/dotnet/cs/ResponsibleAI.Generators.dll"],
            analyzers);

        var nuspec = XDocument.Parse(ReadEntry(package, "ResponsibleAI.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("ResponsibleAI", metadata.Element(ns + "id")?.Value);
        Assert.Equal(_feed.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("PACKAGE.md", metadata.Element(ns + "readme")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "releaseNotes")?.Value), "The nuspec has no release notes.");

        // The documented dependencies only (one group per TFM): the Microsoft.Extensions abstractions of the hosting
        // integration. A leaked build-time package (Roslyn, PolySharp) would show up here too.
        var groups = metadata.Element(ns + "dependencies")?.Elements(ns + "group").ToList() ?? [];
        Assert.Equal(
            [".NETStandard2.0", "net8.0"],
            groups.Select(g => g.Attribute("targetFramework")?.Value ?? "").Order(StringComparer.Ordinal).ToArray());
        foreach (var group in groups)
        {
            Assert.Equal(
                ["Microsoft.Extensions.DependencyInjection.Abstractions 8.0.2", "Microsoft.Extensions.Logging.Abstractions 8.0.3", "Microsoft.Extensions.Options 8.0.2"],
                group.Elements().Select(d => d.Attribute("id")?.Value + " " + d.Attribute("version")?.Value).Order(StringComparer.Ordinal).ToArray());
        }

        // The buildTransitive props expose RootNamespace to the generator; build/ imports the same file.
        Assert.Contains("<CompilerVisibleProperty Include=\"RootNamespace\" />", ReadEntry(package, "buildTransitive/ResponsibleAI.props"), StringComparison.Ordinal);
        Assert.Contains("buildTransitive", ReadEntry(package, "build/ResponsibleAI.props"), StringComparison.Ordinal);

        // nuget.org renders the readme out of context: every link must be absolute (or an in-page anchor).
        var readme = ReadEntry(package, "PACKAGE.md");
        var relativeLinks = Regex.Matches(readme, @"\]\((?!https?://|#)(?<target>[^)]*)\)").Select(m => m.Groups["target"].Value).ToList();
        Assert.True(relativeLinks.Count == 0, "PACKAGE.md has relative links that break on nuget.org: " + string.Join(", ", relativeLinks));
    }

    // ------------------------------------------------------------------ diagnostics and severities

    [Fact]
    public void Build_reports_RAI1001_and_RAI1002_at_the_unguarded_call()
    {
        var consumer = _feed.CreateConsumer("warnings");
        var build = Build(consumer);

        Assert.True(build.ExitCode == 0, build.Describe("The consumer must build: its diagnostics are warnings."));
        var (line, column) = ConsumerProgram.UnguardedCallPosition();
        Assert.Equal(
            [$"Program.cs({line},{column}): warning RAI1001", $"Program.cs({line},{column}): warning RAI1002"],
            Diagnostics(build, consumer));
        Assert.Contains("docs/rules/RAI1001.md", build.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error")]
    [InlineData("none")]
    public void Editorconfig_severity_applies_to_the_package_rules(string severity)
    {
        var consumer = _feed.CreateConsumer("editorconfig-" + severity);
        File.AppendAllText(Path.Combine(consumer, ".editorconfig"), $"dotnet_diagnostic.RAI1001.severity = {severity}\n");
        var build = Build(consumer);

        var (line, column) = ConsumerProgram.UnguardedCallPosition();
        var diagnostics = Diagnostics(build, consumer);
        if (severity == "error")
        {
            Assert.True(build.ExitCode != 0, build.Describe("RAI1001 at severity error must fail the build."));
            Assert.Equal(
                [$"Program.cs({line},{column}): error RAI1001", $"Program.cs({line},{column}): warning RAI1002"],
                diagnostics);
        }
        else
        {
            Assert.True(build.ExitCode == 0, build.Describe("RAI1001 at severity none must not fail the build."));
            // RAI1001 is gone; RAI1002 (same analyzer) still reports, so the analyzer did run.
            Assert.Equal([$"Program.cs({line},{column}): warning RAI1002"], diagnostics);
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("property")]
    [InlineData("editorconfig")]
    public void Test_projects_default_the_guard_and_disclosure_rules_to_none_with_a_property_to_opt_back_in(string mode)
    {
        var consumer = _feed.CreateConsumer("test-project-" + mode);
        var project = Path.Combine(consumer, PackageFeedFixture.ConsumerProjectFile);
        var properties = "<IsTestProject>true</IsTestProject>" + (mode == "property" ? "<ResponsibleAIAnalyzeTestProjects>true</ResponsibleAIAnalyzeTestProjects>" : string.Empty);
        File.WriteAllText(project, File.ReadAllText(project).Replace("<PropertyGroup>", "<PropertyGroup>" + properties, StringComparison.Ordinal));
        if (mode == "editorconfig")
        {
            // The project's own .editorconfig wins over the package's test-project defaults.
            File.AppendAllText(Path.Combine(consumer, ".editorconfig"), "dotnet_diagnostic.RAI1001.severity = warning\n");
        }

        var build = Build(consumer);

        Assert.True(build.ExitCode == 0, build.Describe("The test project must build."));
        var (line, column) = ConsumerProgram.UnguardedCallPosition();
        string[] expected = mode switch
        {
            "property" => [$"Program.cs({line},{column}): warning RAI1001", $"Program.cs({line},{column}): warning RAI1002"],
            "editorconfig" => [$"Program.cs({line},{column}): warning RAI1001"],
            _ => [],
        };
        Assert.Equal(expected, Diagnostics(build, consumer));
        Assert.True(File.Exists(Path.Combine(consumer, "bin", "Debug", "net10.0", "ConsumerApp.dll")), build.Describe("The generator still ran: the gateway compiled."));
    }

    [Theory]
    [InlineData("nearest-above")]
    [InlineData("combined-with-listed")]
    [InlineData("listed-once")]
    [InlineData("turned-off")]
    public void ResponsibleAI_txt_is_found_by_convention_read_once_and_can_be_turned_off(string mode)
    {
        // The project moves one folder down (app/); a repository-wide ResponsibleAI.txt sits above it. Its first line does
        // not parse, so RAI9001 at line 1 proves the build read it.
        var consumer = _feed.CreateConsumer("config-" + mode);
        var app = Path.Combine(consumer, "app");
        Directory.CreateDirectory(app);
        foreach (var file in Directory.EnumerateFiles(consumer))
        {
            File.Move(file, Path.Combine(app, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(consumer, "ResponsibleAI.txt"), "not-a-kind M:Contoso.Lectures.Unguarded.AskAsync\n");
        var project = Path.Combine(app, PackageFeedFixture.ConsumerProjectFile);
        switch (mode)
        {
            case "combined-with-listed":
                // The project lists a file of its own (malformed at line 2): both files are read.
                Directory.CreateDirectory(Path.Combine(app, "ai-policy"));
                File.WriteAllText(Path.Combine(app, "ai-policy", "ResponsibleAI.txt"), "# ours\nalso-not-a-kind M:Contoso.Lectures.Unguarded.AskAsync\n");
                AddToProject(project, "<ItemGroup><AdditionalFiles Include=\"ai-policy/ResponsibleAI.txt\" /></ItemGroup>");
                break;
            case "listed-once":
                // The project lists the very file the convention finds (as Directory.Build.props setups do): read once.
                AddToProject(project, "<ItemGroup><AdditionalFiles Include=\"../ResponsibleAI.txt\" /></ItemGroup>");
                break;
            case "turned-off":
                AddToProject(project, "<PropertyGroup><ResponsibleAIConfigFileByConvention>false</ResponsibleAIConfigFileByConvention></PropertyGroup>");
                break;
        }

        var sarifPath = Path.Combine(app, "build.sarif");
        var build = _feed.RunInConsumer(app, "build", PackageFeedFixture.ConsumerProjectFile, "--no-incremental", "-nologo", "-nodeReuse:false", "-clp:NoSummary", $"-p:ErrorLog={sarifPath}%2Cversion=2.1");
        _output.WriteLine(build.Summary);

        Assert.True(build.ExitCode == 0, build.Describe("The consumer must build."));
        string[] expected = mode switch
        {
            "combined-with-listed" => ["../ResponsibleAI.txt(1,1): warning RAI9001", "ai-policy/ResponsibleAI.txt(2,1): warning RAI9001"],
            "turned-off" => [],
            _ => ["../ResponsibleAI.txt(1,1): warning RAI9001"],
        };
        Assert.Equal(expected, Diagnostics(build, app).Where(d => d.EndsWith("RAI9001", StringComparison.Ordinal)));

        // Read once: a file passed to the compiler twice would be parsed twice and report each bad line twice.
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var reported = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Count(r => r.GetProperty("ruleId").GetString() == "RAI9001");
        Assert.True(reported == expected.Length, build.Describe($"Each malformed line must be reported once; the compiler reported RAI9001 {reported} times."));

        static void AddToProject(string project, string xml) =>
            File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", xml + "\n</Project>", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnaserror_fails_the_build_on_the_package_rules()
    {
        var consumer = _feed.CreateConsumer("warnaserror");
        var build = Build(consumer, "-warnaserror");

        Assert.True(build.ExitCode != 0, build.Describe("-warnaserror must fail on RAI1001/RAI1002."));
        var (line, column) = ConsumerProgram.UnguardedCallPosition();
        Assert.Equal(
            [$"Program.cs({line},{column}): error RAI1001", $"Program.cs({line},{column}): error RAI1002"],
            Diagnostics(build, consumer));

        // Nothing else may turn into an error (a restore warning such as NU1603 would, and would hide our rules).
        var otherErrors = Regex.Matches(build.Output, @"error (?<id>[A-Z]+\d+)").Select(m => m.Groups["id"].Value)
            .Where(id => !id.StartsWith("RAI", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(otherErrors.Count == 0, build.Describe("Unexpected errors besides RAI: " + string.Join(", ", otherErrors)));
    }

    // ------------------------------------------------------------------ generator

    [Fact]
    public void Generator_runs_from_the_package_in_the_consumers_root_namespace()
    {
        var consumer = _feed.CreateConsumer("generator");
        var build = Build(consumer, "-p:EmitCompilerGeneratedFiles=true");
        Assert.True(build.ExitCode == 0, build.Describe("The consumer must build."));

        // The package's buildTransitive props are imported (they make RootNamespace compiler-visible).
        var nugetProps = File.ReadAllText(Path.Combine(consumer, "obj", "ConsumerApp.csproj.nuget.g.props"));
        Assert.Contains("buildTransitive/ResponsibleAI.props", nugetProps.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

        var generated = Directory.EnumerateFiles(Path.Combine(consumer, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/generated/ResponsibleAI.Generators/", StringComparison.Ordinal))
            .ToList();
        var registry = generated.SingleOrDefault(f => Path.GetFileName(f) == "AiFeatures.g.cs");
        Assert.True(registry is not null, "No AiFeatures.g.cs among the generated files:\n  " + string.Join("\n  ", generated));
        var registryText = File.ReadAllText(registry);
        Assert.Contains($"namespace {PackageFeedFixture.ConsumerRootNamespace}", registryText, StringComparison.Ordinal);
        Assert.Contains("LectureSummary", registryText, StringComparison.Ordinal);

        var gateway = generated.SingleOrDefault(f => Path.GetFileName(f).StartsWith("Contoso.Lectures.Summaries.SummarizeAsync", StringComparison.Ordinal));
        Assert.True(gateway is not null, "No generated gateway body for Summaries.SummarizeAsync:\n  " + string.Join("\n  ", generated));
        var gatewayText = File.ReadAllText(gateway);
        Assert.Contains("partial class Summaries", gatewayText, StringComparison.Ordinal);
        Assert.Contains("EnsureConsentAsync", gatewayText, StringComparison.Ordinal);
        Assert.Contains("EnsureNotOptedOutAsync", gatewayText, StringComparison.Ordinal);
        Assert.Contains("SummarizeCoreAsync(", gatewayText, StringComparison.Ordinal);

        // Generated members say whose code they are, with the version of the package that wrote them.
        var attribution = $"[global::System.CodeDom.Compiler.GeneratedCode(\"ResponsibleAI.Generators\", \"{_feed.Version}\")]";
        Assert.Contains(attribution, registryText, StringComparison.Ordinal);
        Assert.Contains(attribution, gatewayText, StringComparison.Ordinal);
        Assert.DoesNotContain("GetAwaiter().GetResult()", gatewayText, StringComparison.Ordinal);

        // And the program runs: the registry has the one feature, the gateway refuses without consent.
        var run = _feed.RunInConsumer(consumer, "run", "--no-build", "--project", PackageFeedFixture.ConsumerProjectFile);
        _output.WriteLine(run.Summary);
        Assert.True(run.ExitCode == 0, run.Describe("dotnet run failed."));
        var lines = run.StandardOutput.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["AiFeatures.All.Count=1", "AiFeatures.LectureSummary.Id=lecture.summary", "gateway: consent required"], lines);
    }

    // ------------------------------------------------------------------ dotnet format

    [Fact]
    public void Format_verify_no_changes_fails_on_the_violation()
    {
        var consumer = _feed.CreateConsumer("format-verify");
        var program = Path.Combine(consumer, "Program.cs");
        var before = File.ReadAllText(program);
        Restore(consumer);

        var format = _feed.RunInConsumer(consumer, "format", "analyzers", PackageFeedFixture.ConsumerProjectFile,
            "--diagnostics", "RAI1001", "--verify-no-changes", "--no-restore");
        _output.WriteLine(format.Summary);

        Assert.True(format.ExitCode != 0, format.Describe("--verify-no-changes must fail while RAI1001 has a fix to apply."));
        Assert.Contains("RAI1001", format.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(program));
    }

    [Fact]
    public void Format_applies_a_code_fix_from_the_package()
    {
        var consumer = _feed.CreateConsumer("format-fix");
        var program = Path.Combine(consumer, "Program.cs");
        var before = File.ReadAllText(program);
        Restore(consumer);

        var format = _feed.RunInConsumer(consumer, "format", "analyzers", PackageFeedFixture.ConsumerProjectFile,
            "--diagnostics", "RAI1001", "--no-restore");
        _output.WriteLine(format.Summary);
        Assert.True(format.ExitCode == 0, format.Describe("dotnet format analyzers failed."));
        Assert.DoesNotContain("No associated code fix found", format.Output, StringComparison.Ordinal);

        var after = File.ReadAllText(program);
        Assert.NotEqual(before, after);
        _output.WriteLine("Program.cs after dotnet format:\n" + after);

        // No guard is in reach of Unguarded.AskAsync: the first action is "Require consent from callers" ([AiFeature]).
        var unguarded = after[after.IndexOf("public static class Unguarded", StringComparison.Ordinal)..after.IndexOf("public sealed partial class Summaries", StringComparison.Ordinal)];
        Assert.True(
            unguarded.Contains("[AiFeature(", StringComparison.Ordinal) || unguarded.Contains("Consent", StringComparison.Ordinal),
            "Neither an [AiFeature] nor a consent guard was added to Unguarded.AskAsync:\n" + unguarded);

        var rebuild = Build(consumer);
        Assert.True(rebuild.ExitCode == 0, rebuild.Describe("The fixed consumer must build."));
        var remaining = Diagnostics(rebuild, consumer).Where(d => d.EndsWith("RAI1001", StringComparison.Ordinal)).ToList();
        Assert.True(remaining.Count == 0, rebuild.Describe("RAI1001 still reported after the fix: " + string.Join(", ", remaining)));
    }

    /// <summary>Integrator code with every shape of RAI1001/RAI1002 fix: governance in reach, boolean guards, none in reach, a callback.</summary>
    private const string BulkFixSource = """
        using Microsoft.Extensions.AI;
        using ResponsibleAI;

        namespace Contoso.Lectures;

        public sealed class Privacy
        {
            [AiConsentGuard] public bool HasConsent(string user) => true;
            [AiOptOutGuard] public bool IsOptedOut(string user) => false;
        }

        public sealed class Lectures(IChatClient chat, IAiGovernance governance, Privacy privacy)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

            public async Task<string> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct)
            {
                var first = await chat.GetResponseAsync("Summarize: " + transcript, cancellationToken: ct);
                var second = await chat.GetResponseAsync("Shorter: " + first.Text, cancellationToken: ct);
                return second.Text;
            }

            public async Task<string> TranslateAsync(AiSubject student, string text, CancellationToken ct)
            {
                await governance.EnsureConsentAsync(student, Summary, ct);
                return (await chat.GetResponseAsync("Translate: " + text, cancellationToken: ct)).Text;
            }

            public string Title(string user, string text)
            {
                var response = chat.GetResponseAsync("Title: " + text).GetAwaiter().GetResult();
                return response.Text;
            }

            public void Register(List<Func<string, Task<ChatResponse>>> handlers) => handlers.Add(q => chat.GetResponseAsync(q));
        }

        public sealed class Helper(IChatClient chat)
        {
            public async Task<string> AskAsync(string question) => (await chat.GetResponseAsync(question)).Text;
        }
        """;

    [Fact]
    public void Bulk_fix_of_several_rules_gives_the_same_code_every_run_and_then_nothing_to_fix()
    {
        // dotnet format runs the fixers of each reported id in an order that changes between runs (a hash set of ids),
        // and takes the first action of each provider: the output must not depend on that order.
        string[] format = ["format", "analyzers", PackageFeedFixture.ConsumerProjectFile, "--diagnostics", "RAI1001", "RAI1002", "RAI1003", "--severity", "info", "--no-restore"];
        var outputs = new List<string>();
        string? firstConsumer = null;
        for (var run = 0; run < 3; run++)
        {
            var consumer = _feed.CreateConsumer("format-bulk");
            File.WriteAllText(Path.Combine(consumer, "Lectures.cs"), BulkFixSource);
            Restore(consumer);
            var result = _feed.RunInConsumer(consumer, format);
            _output.WriteLine(result.Summary);
            Assert.True(result.ExitCode == 0, result.Describe("dotnet format analyzers failed."));
            outputs.Add(File.ReadAllText(Path.Combine(consumer, "Lectures.cs")) + "\n----\n" + File.ReadAllText(Path.Combine(consumer, "Program.cs")));
            firstConsumer ??= consumer;
        }

        _output.WriteLine("After the bulk fix:\n" + outputs[0]);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));

        var fixedLectures = outputs[0];
        // Each method's guards once, before its first call; the [AiFeature] only where no guard is in reach and a caller exists.
        Assert.Equal(2, Count(fixedLectures, "await governance.EnsureConsentAsync(student, Summary, ct);"));
        Assert.Equal(2, Count(fixedLectures, "await governance.EnsureNotOptedOutAsync(student, Summary, ct);"));
        Assert.Equal(1, Count(fixedLectures, "if (!privacy.HasConsent(user))"));
        Assert.Equal(1, Count(fixedLectures, "if (privacy.IsOptedOut(user))"));
        Assert.Equal(1, Count(fixedLectures, "[AiFeature(\"helper.ask\""));
        Assert.DoesNotContain("[AiFeature(\"lectures.register", fixedLectures, StringComparison.Ordinal);
        Assert.Equal(1, Count(fixedLectures, "[AiFeature(\"unguarded.ask\""));

        // A second run finds nothing more to change, and the fixed code builds.
        var again = _feed.RunInConsumer(firstConsumer!, format);
        Assert.True(again.ExitCode == 0, again.Describe("The second dotnet format run failed."));
        Assert.Equal(outputs[0], File.ReadAllText(Path.Combine(firstConsumer!, "Lectures.cs")) + "\n----\n" + File.ReadAllText(Path.Combine(firstConsumer!, "Program.cs")));
        var rebuild = Build(firstConsumer!);
        Assert.True(rebuild.ExitCode == 0, rebuild.Describe("The fixed consumer must build."));

        static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
    }

    // ------------------------------------------------------------------ SARIF

    [Fact]
    public void ErrorLog_writes_SARIF_2_1_naming_the_rules_and_their_help_links()
    {
        var consumer = _feed.CreateConsumer("sarif");
        var sarifPath = Path.Combine(consumer, "build.sarif");
        // A comma separates MSBuild properties on the command line: escape it as %2C.
        var build = Build(consumer, $"-p:ErrorLog={sarifPath}%2Cversion=2.1");
        Assert.True(build.ExitCode == 0, build.Describe("The consumer must build."));
        Assert.True(File.Exists(sarifPath), build.Describe($"No SARIF log at {sarifPath}."));

        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1", root.GetProperty("$schema").GetString(), StringComparison.OrdinalIgnoreCase);

        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("RAI", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.TryGetProperty("helpUri", out var uri) ? uri.GetString() : null);
        Assert.True(rules.ContainsKey("RAI1001"), "RAI1001 is not among the SARIF rules: " + string.Join(", ", rules.Keys));
        Assert.True(rules.ContainsKey("RAI1002"), "RAI1002 is not among the SARIF rules: " + string.Join(", ", rules.Keys));

        // Every rule of ours carries its help link, and the page it names exists in this repository.
        var docs = Path.Combine(DotnetCli.RepositoryRoot(), "docs", "rules");
        foreach (var (id, helpUri) in rules)
        {
            Assert.True(helpUri is not null && helpUri.EndsWith($"docs/rules/{id}.md", StringComparison.Ordinal), $"{id} has helpUri '{helpUri}'.");
            Assert.True(File.Exists(Path.Combine(docs, id + ".md")), $"{id}'s help page docs/rules/{id}.md does not exist.");
        }

        var (line, column) = ConsumerProgram.UnguardedCallPosition();
        var results = run.GetProperty("results").EnumerateArray()
            .Select(r => (Id: r.GetProperty("ruleId").GetString(), Level: r.GetProperty("level").GetString(), Region: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")))
            .Where(r => r.Id!.StartsWith("RAI", StringComparison.Ordinal))
            .Select(r => $"{r.Id}@{r.Region.GetProperty("startLine").GetInt32()},{r.Region.GetProperty("startColumn").GetInt32()}:{r.Level}")
            .Order(StringComparer.Ordinal)
            .ToList();

        // SARIF holds every diagnostic, info included: RAI1005 (the call is in no [AiFeature]) is a note, which the build does not print.
        Assert.Equal([$"RAI1001@{line},{column}:warning", $"RAI1002@{line},{column}:warning", $"RAI1005@{line},{column}:note"], results);
    }

    // ------------------------------------------------------------------ helpers

    private DotnetResult Build(string consumer, params string[] extraArguments)
    {
        string[] arguments = ["build", PackageFeedFixture.ConsumerProjectFile, "--no-incremental", "-nologo", "-nodeReuse:false", "-clp:NoSummary", .. extraArguments];
        var result = _feed.RunInConsumer(consumer, arguments);
        _output.WriteLine(result.Summary);
        return result;
    }

    private void Restore(string consumer)
    {
        var result = _feed.RunInConsumer(consumer, "restore", PackageFeedFixture.ConsumerProjectFile, "-nologo");
        _output.WriteLine(result.Summary);
        Assert.True(result.ExitCode == 0, result.Describe("The consumer copy did not restore."));
    }

    /// <summary>The RAI diagnostics of a build as <c>File.cs(line,col): severity RAIxxxx</c>, deduplicated and sorted.</summary>
    private static List<string> Diagnostics(DotnetResult build, string consumer) =>
        DiagnosticLine.Matches(build.Output)
            .Select(m =>
            {
                var path = Path.GetRelativePath(consumer, Path.GetFullPath(m.Groups["path"].Value.Trim(), consumer)).Replace('\\', '/');
                return $"{path}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}";
            })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ReadEntry(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name) ?? throw new InvalidOperationException($"The package has no {name}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
