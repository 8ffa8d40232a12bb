using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ResponsibleAI.Analyzers;
using Xunit;

namespace ResponsibleAI.Tests;

/// <summary>Things that must not drift: the capability mirror, rule pages, release tracking, catalog docs.</summary>
public class ContractTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Analyzer_capability_mirror_matches_the_runtime_enum()
    {
        Assert.Equal(Enum.GetNames(typeof(ResponsibleAI.AiCapability)), Enum.GetNames(typeof(ResponsibleAI.Analyzers.Catalog.AiCapability)));
        foreach (ResponsibleAI.AiCapability capability in Enum.GetValues(typeof(ResponsibleAI.AiCapability)))
        {
            var mirrored = (ResponsibleAI.Analyzers.Catalog.AiCapability)(int)capability;
            Assert.Equal(new AiFeatureDescriptor("x", capability).GeneratesContent, ResponsibleAI.Analyzers.Catalog.AiCapabilityFacts.GeneratesContentByDefault(mirrored));
        }
    }

    public static TheoryData<string> Descriptors()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor)))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_has_a_page_a_release_entry_and_a_matching_help_link(string name)
    {
        var descriptor = (Microsoft.CodeAnalysis.DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(name)!.GetValue(null)!;
        Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = Path.Combine(Root, "docs", "rules", descriptor.Id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, File.ReadAllText(page), StringComparison.Ordinal);
        var releases = File.ReadAllText(Path.Combine(Root, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Root, "src", "Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Matches(new Regex("^" + descriptor.Id + @"\s*\|\s*" + Regex.Escape(descriptor.Category) + @"\s*\|\s*" + descriptor.DefaultSeverity, RegexOptions.Multiline), releases);
        Assert.Contains("| " + descriptor.Id + " |", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_page_lists_every_catalog_row_in_order()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "catalog.md"));
        var rows = Regex.Matches(page, @"^\|\s*(?<sdk>[^|]+?)\s*\|\s*`+(?<type>[^|]+?)`+\s*\|\s*(?<members>[^|]+?)\s*\|\s*(?<cap>\w+)\s*\|\s*(?<gen>yes|no)\s*\|\s*$", RegexOptions.Multiline)
            .Select(m => (Sdk: m.Groups["sdk"].Value, Type: m.Groups["type"].Value, Members: m.Groups["members"].Value.Replace(" ", string.Empty), Capability: m.Groups["cap"].Value, Generates: m.Groups["gen"].Value == "yes"))
            .ToList();
        var entries = ResponsibleAI.Analyzers.Catalog.AiSdkCatalog.Entries;
        Assert.Equal(entries.Length, rows.Count);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            Assert.Equal((entry.Sdk, entry.TypeMetadataName, string.Join(",", entry.Members), entry.Capability.ToString(), entry.GeneratesContent), rows[i]);
        }
    }
}
