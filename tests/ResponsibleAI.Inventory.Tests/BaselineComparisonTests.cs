using ResponsibleAI.Inventory.Baseline;
using ResponsibleAI.Inventory.Cli;
using ResponsibleAI.Inventory.Loading;
using ResponsibleAI.Inventory.Model;
using ResponsibleAI.Inventory.Output;
using Xunit;

namespace ResponsibleAI.Inventory.Tests;

/// <summary>The comparison with a baseline and the readers, in process (no MSBuild).</summary>
public sealed class BaselineComparisonTests
{
    private static CallEntry Call(string member, int line, string consent = "checked", string disclosure = "disclosed") => new()
    {
        File = "App/Chat.cs", Line = line, Column = 9, Member = member, Target = "IChatClient.GetResponseAsync", Kind = "catalog",
        Capability = "Chat", Provider = "Microsoft.Extensions.AI", Consent = consent, OptOut = "checked", Disclosure = disclosure, Review = "not-flagged",
    };

    private static InventoryDocument Document(IReadOnlyList<FeatureEntry> features, IReadOnlyList<CallEntry> calls, IReadOnlyList<FindingEntry>? findings = null) => new()
    {
        Projects = [new ProjectInventory { Name = "App", Path = "App/App.csproj", Features = features, Calls = calls, Findings = findings ?? [] }],
    };

    private static FeatureEntry Feature(string id, string? provider = null) => new() { Id = id, Capability = "Chat", Provider = provider, Notice = "n" };

    [Fact]
    public void No_change_when_only_lines_move()
    {
        var before = Document([Feature("chat.answer")], [Call("Chat.Ask(string)", 10, consent: "missing")]);
        var after = Document([Feature("chat.answer")], [Call("Chat.Ask(string)", 42, consent: "missing")]);
        var comparison = BaselineComparison.Compare(before, after);
        Assert.Equal(ChangeKinds.None, comparison.Kinds);
        Assert.Contains("No change", comparison.ToMarkdown(ChangeKinds.Any), StringComparison.Ordinal);
    }

    [Fact]
    public void Added_and_removed_features_new_providers_and_new_unguarded_or_undisclosed_calls_are_reported()
    {
        var before = Document([Feature("chat.answer")], [Call("Chat.Ask(string)", 10, consent: "missing")],
            [new FindingEntry { Rule = "RAI1001", File = "App/Chat.cs", Member = "Chat.Ask(string)", Message = "m" }]);
        var after = Document(
            [Feature("chat.summary", provider: "Contoso AI")],
            [Call("Chat.Ask(string)", 10, consent: "missing"), Call("Chat.Ask(string)", 20, consent: "missing"), Call("Chat.Show(string)", 30, disclosure: "undisclosed")],
            [
                new FindingEntry { Rule = "RAI1001", File = "App/Chat.cs", Member = "Chat.Ask(string)", Message = "m" },
                new FindingEntry { Rule = "RAI1003", File = "App/Chat.cs", Member = "Chat.Show(string)", Message = "leaves" },
            ]);
        var comparison = BaselineComparison.Compare(before, after);
        Assert.Equal(["chat.summary"], comparison.FeaturesAdded);
        Assert.Equal(["chat.answer"], comparison.FeaturesRemoved);
        Assert.Equal(["Contoso AI"], comparison.ProvidersAdded);
        Assert.Equal(20, Assert.Single(comparison.NewUnguardedCalls).Call.Line); // the second call of the same member and target is new
        Assert.Equal("Chat.Show(string)", Assert.Single(comparison.NewUndisclosedCalls).Call.Member);
        Assert.Equal("RAI1003", Assert.Single(comparison.NewFindings).Finding.Rule);
        Assert.Equal(ChangeKinds.Any, comparison.Kinds);

        var markdown = comparison.ToMarkdown(ChangeKinds.NewFeature);
        Assert.Contains("### Features added (1) - fails the check", markdown, StringComparison.Ordinal);
        Assert.Contains("### Features removed (1)\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new-feature,new-provider", ChangeKinds.NewFeature | ChangeKinds.NewProvider)]
    [InlineData(" unguarded , undisclosed ", ChangeKinds.Unguarded | ChangeKinds.Undisclosed)]
    [InlineData("any", ChangeKinds.Any)]
    [InlineData("", ChangeKinds.None)]
    public void Fail_on_lists_parse(string text, ChangeKinds expected) => Assert.Equal(expected, BaselineComparison.ParseFailOn(text));

    [Fact]
    public void Unknown_fail_on_names_and_foreign_baselines_are_clear_errors()
    {
        Assert.Contains("unknown change 'guarded'", Assert.Throws<InventoryException>(() => BaselineComparison.ParseFailOn("new-feature,guarded")).Message, StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("inventory-baseline-").FullName;
        try
        {
            var future = Path.Combine(folder, "future.json");
            File.WriteAllText(future, "{ \"schemaVersion\": \"2.0\", \"projects\": [] }");
            Assert.Contains("schema version 2.0", Assert.Throws<InventoryException>(() => JsonOutput.Read(future)).Message, StringComparison.Ordinal);
            var garbage = Path.Combine(folder, "garbage.json");
            File.WriteAllText(garbage, "not json");
            Assert.Contains("is not an AI inventory", Assert.Throws<InventoryException>(() => JsonOutput.Read(garbage)).Message, StringComparison.Ordinal);

            // A written inventory reads back equal.
            var document = Document([Feature("chat.answer", "Contoso AI")], [Call("Chat.Ask(string)", 10)]);
            var written = Path.Combine(folder, "ai-inventory.json");
            File.WriteAllText(written, JsonOutput.Write(document));
            Assert.Equal(JsonOutput.Write(document), JsonOutput.Write(JsonOutput.Read(written)));

            // A folder with two projects must be named more precisely.
            File.WriteAllText(Path.Combine(folder, "A.csproj"), "<Project />");
            File.WriteAllText(Path.Combine(folder, "B.csproj"), "<Project />");
            Assert.Contains("holds several projects", Assert.Throws<InventoryException>(() => InputResolver.Resolve([folder])).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Writers_use_newlines_only_and_sort_nothing_by_culture()
    {
        var document = Document([Feature("chat.answer", "Contoso | AI")], [Call("Chat.Ask(string)", 10, consent: "missing")]);
        var markdown = MarkdownOutput.Write(document);
        var html = HtmlOutput.Write(document);
        var json = JsonOutput.Write(document);
        Assert.DoesNotContain('\r', markdown + html + json);
        Assert.Contains("Contoso \\| AI", markdown, StringComparison.Ordinal);
        Assert.Contains("**missing**", markdown, StringComparison.Ordinal);
        Assert.Equal(json, JsonOutput.Write(document));
    }
}
