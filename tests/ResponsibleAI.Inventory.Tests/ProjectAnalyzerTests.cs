using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.AI;
using ResponsibleAI.Inventory.Analysis;
using ResponsibleAI.Inventory.Model;
using Xunit;

namespace ResponsibleAI.Inventory.Tests;

/// <summary>One project analysed in process (an ad-hoc workspace, no MSBuild): what the collector and the rules give.</summary>
public sealed class ProjectAnalyzerTests
{
    private const string Source = """
        using Microsoft.Extensions.AI;
        using ResponsibleAI;

        namespace App;

        public sealed class Chat(IChatClient chat)
        {
            public async Task<string> AskAsync(string question) => (await chat.GetResponseAsync(question)).Text;

            public async Task<string> GreetAsync() => (await chat.GetResponseAsync("Say hello to the class.")).Text;

            [AiFeature("chat.tips", Capability = AiCapability.TextGeneration, Provider = "Contoso Tutor Cloud")]
            public async Task<string> TipsAsync(string topic) => (await chat.GetResponseAsync(topic)).Text;
        }
        """;

    private static async Task<ProjectInventory> AnalyzeAsync(string globalConfig)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inventory-project-" + Guid.NewGuid().ToString("N")[..8]);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(IChatClient).Assembly.Location)
            .Append(typeof(ResponsibleAI.AiFeatureAttribute).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        using var workspace = new AdhocWorkspace();
        var id = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "App", "App", LanguageNames.CSharp, filePath: Path.Combine(folder, "App.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest), metadataReferences: references))
            .AddDocument(DocumentId.CreateNewId(id), "Chat.cs", SourceText.From(Source), filePath: Path.Combine(folder, "Chat.cs"))
            .AddDocument(DocumentId.CreateNewId(id), "Usings.cs", SourceText.From("global using System;\nglobal using System.Threading.Tasks;\n"), filePath: Path.Combine(folder, "Usings.cs"))
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".globalconfig", SourceText.From(globalConfig), filePath: Path.Combine(folder, ".globalconfig"));
        var (inventory, warnings) = await new ProjectAnalyzer(folder).AnalyzeAsync(solution.GetProject(id)!, CancellationToken.None);
        Assert.Empty(warnings);
        return inventory;
    }

    [Fact]
    public async Task Calls_keep_their_status_when_the_rules_are_off_and_info_findings_are_listed()
    {
        var inventory = await AnalyzeAsync("is_global = true\ndotnet_diagnostic.RAI1001.severity = none\n");

        var ask = inventory.Calls.Single(c => c.Member == "Chat.AskAsync(string)");
        Assert.Equal(("missing", "missing", "undisclosed"), (ask.Consent, ask.OptOut, ask.Disclosure));
        Assert.Equal(["RAI1002", "RAI1003", "RAI1005"], ask.Findings); // RAI1001 is off: not a finding, but the consent is still missing
        Assert.Equal(("catalog", "Microsoft.Extensions.AI", "Chat"), (ask.Kind, ask.Provider, ask.Capability));

        var greet = inventory.Calls.Single(c => c.Member == "Chat.GreetAsync()");
        Assert.Equal(("not-required", "not-required"), (greet.Consent, greet.OptOut)); // a constant prompt sends no one's data

        var tips = inventory.Calls.Single(c => c.Member == "Chat.TipsAsync(string)");
        Assert.Equal(("callers", "callers", "callers", "chat.tips"), (tips.Consent, tips.OptOut, tips.Disclosure, tips.WithinFeature));

        var feature = Assert.Single(inventory.Features);
        Assert.Equal(("chat.tips", "TextGeneration", "Contoso Tutor Cloud", true), (feature.Id, feature.Capability, feature.Provider, feature.InRegistry));
        Assert.Equal("M:App.Chat.TipsAsync(System.String)", feature.DeclaredBy.Single().Symbol);

        Assert.DoesNotContain(inventory.Findings, f => f.Rule == "RAI1001");
        Assert.Contains(inventory.Findings, f => f.Rule == "RAI1005" && f.Severity == "info" && f.Clause == "Accountability, Documentation");
        Assert.Equal(0, inventory.CompilerErrors);
    }

    [Fact]
    public async Task Severities_from_the_configuration_are_the_findings_severities()
    {
        var inventory = await AnalyzeAsync("is_global = true\ndotnet_diagnostic.RAI1005.severity = error\n");
        Assert.All(inventory.Findings.Where(f => f.Rule == "RAI1005"), f => Assert.Equal("error", f.Severity));
        Assert.Contains(inventory.Findings, f => f.Rule == "RAI1001" && f.Severity == "warning" && f.Member == "Chat.AskAsync(string)");
    }
}

/// <summary>A project that brings its own ResponsibleAI pack (a package or project reference): it runs once, the tool's.</summary>
public sealed class PackReplacementTests
{
    private const string Source = """
        using Microsoft.Extensions.AI;
        using ResponsibleAI;

        namespace App;

        public sealed partial class Summaries(IChatClient chat, IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(SummarizeCoreAsync))]
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct);

            private async Task<string> SummarizeCoreAsync(AiSubject student, string transcript, CancellationToken ct) =>
                (await chat.GetResponseAsync("Summarize: " + transcript, cancellationToken: ct)).Text;

            public async Task<string> AskAsync(string question) => (await chat.GetResponseAsync(question)).Text;

            public Task<AiGenerated<string>> Use(AiSubject student) => SummarizeAsync(student, "t", CancellationToken.None);

            public string Registry => AiFeatures.LectureSummary.Id;
        }
        """;

    [Fact]
    public async Task The_projects_own_pack_is_replaced_so_the_generator_and_the_rules_run_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inventory-pack-" + Guid.NewGuid().ToString("N")[..8]);
        var output = AppContext.BaseDirectory;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll"
                        || Path.GetFileName(p).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Append(typeof(IChatClient).Assembly.Location)
            .Append(typeof(ResponsibleAI.AiFeatureAttribute).Assembly.Location)
            .DistinctBy(Path.GetFileName)
            .Select(p => MetadataReference.CreateFromFile(p));

        // As a package reference brings them: the analyzer and generator assemblies by file.
        var ownPack = new[] { "ResponsibleAI.Analyzers.dll", "ResponsibleAI.Generators.dll" }
            .Select(name => (Microsoft.CodeAnalysis.Diagnostics.AnalyzerReference)new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(
                Path.Combine(output, name), new ShadowLessLoader()))
            .ToList();
        using var workspace = new AdhocWorkspace();
        var id = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "App", "App", LanguageNames.CSharp, filePath: Path.Combine(folder, "App.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest), metadataReferences: references, analyzerReferences: ownPack))
            .AddDocument(DocumentId.CreateNewId(id), "Summaries.cs", SourceText.From(Source), filePath: Path.Combine(folder, "Summaries.cs"))
            .AddDocument(DocumentId.CreateNewId(id), "Usings.cs", SourceText.From("global using System;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n"),
                filePath: Path.Combine(folder, "Usings.cs"));

        var replaced = Loading.WorkspaceLoader.ReplacePack(solution.GetProject(id)!).GetProject(id)!;
        Assert.Equal(["ResponsibleAI.Generators"], replaced.AnalyzerReferences.Select(r => r.Display));
        Assert.DoesNotContain(replaced.AnalyzerReferences, r => ownPack.Contains(r));

        var (inventory, warnings) = await new ProjectAnalyzer(folder).AnalyzeAsync(replaced, CancellationToken.None);
        Assert.Empty(warnings); // no compiler error: the gateway body and AiFeatures were generated, once
        Assert.Equal(0, inventory.CompilerErrors);
        Assert.Equal(("lecture.summary", "SummarizeCoreAsync"), (inventory.Gateways.Single().Feature, inventory.Gateways.Single().Implementation));
        Assert.Contains(inventory.Calls, c => c.Kind == "gateway" && c.Member == "Summaries.Use(AiSubject)");

        // Each finding once.
        var keys = inventory.Findings.Select(f => (f.Rule, f.Line, f.Column)).ToList();
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Contains(inventory.Findings, f => f.Rule == "RAI1001" && f.Member == "Summaries.AskAsync(string)");
    }

    private sealed class ShadowLessLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
