using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Configuration;
using Xunit;

namespace ResponsibleAI.Tests;

/// <summary>Things that must not drift: the capability mirror, rule pages, release tracking, catalog docs, README rule table, policy map, configuration guide.</summary>
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

    [Fact]
    public void Catalog_page_explains_every_row_decided_at_the_call_site()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "catalog.md"));
        var section = page.Substring(page.IndexOf("## Decided at the call site", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\n## ", 10, StringComparison.Ordinal));
        foreach (var entry in ResponsibleAI.Analyzers.Catalog.AiSdkCatalog.Entries.Where(e => e.Condition != ResponsibleAI.Analyzers.Catalog.CallCondition.Always))
        {
            var typeName = entry.TypeMetadataName.Substring(entry.TypeMetadataName.LastIndexOf('.') + 1).Split('`')[0];
            foreach (var member in entry.Members)
            {
                Assert.Contains(typeName, section, StringComparison.Ordinal);
                Assert.Contains(member, section, StringComparison.Ordinal);
            }
        }
    }

    // ------------------------------------------------------------------ docs that cannot drift

    private static DiagnosticDescriptor[] AllDescriptors() =>
        typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();

    private static string[] AllKinds() =>
        Enum.GetValues(typeof(ConfigurationKind)).Cast<ConfigurationKind>().Select(ConfigurationFile.KindText).ToArray();

    /// <summary>
    /// What each rule reads from ResponsibleAI.txt (the kinds of line that change its result). Its page must name exactly
    /// these kinds on its "Configuration keys:" line, plus its severity key. Update this table with the analyzer.
    /// </summary>
    private static readonly Dictionary<string, string[]> ConfigurationKeysByRule = new(StringComparer.Ordinal)
    {
        ["RAI1001"] = new[] { "consent-guard", "optout-guard", "feature" },
        ["RAI1002"] = new[] { "consent-guard", "optout-guard", "feature" },
        ["RAI1003"] = new[] { "disclosure", "output-sink", "feature" },
        ["RAI1004"] = new[] { "human-review", "review-required", "feature" },
        ["RAI1005"] = new[] { "feature" },
        ["RAI2001"] = Array.Empty<string>(),
        ["RAI2002"] = Array.Empty<string>(),
        ["RAI2003"] = Array.Empty<string>(),
        ["RAI2004"] = Array.Empty<string>(),
        ["RAI2005"] = Array.Empty<string>(),
        ["RAI2006"] = Array.Empty<string>(),
        ["RAI3001"] = Array.Empty<string>(),
        ["RAI3002"] = Array.Empty<string>(),
        ["RAI3003"] = Array.Empty<string>(),
        ["RAI3004"] = Array.Empty<string>(),
        ["RAI3005"] = Array.Empty<string>(),
        ["RAI3006"] = Array.Empty<string>(),
        ["RAI3007"] = Array.Empty<string>(),
        ["RAI3008"] = Array.Empty<string>(),
        ["RAI3009"] = Array.Empty<string>(),
        ["RAI3010"] = Array.Empty<string>(),
        ["RAI3011"] = Array.Empty<string>(),
        ["RAI9001"] = AllKinds(),
    };

    /// <summary>Keys of feature lines: RAI9001 checks them, so its page names them too.</summary>
    private static readonly string[] FeatureLineKeys = { "id", "capability", "provider", "generates-content" };

    [Fact]
    public void Every_rule_page_belongs_to_a_descriptor()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => !ids.Contains(id!))
            .ToList();
        Assert.True(stale.Count == 0, "docs/rules pages without a descriptor: " + string.Join(", ", stale));
    }

    [Fact]
    public void Readme_rule_table_lists_every_descriptor_with_its_title_and_severity()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var rows = Regex.Matches(readme, @"^\|\s*(?<id>RAI\d{4})\s*\|\s*(?<title>[^|]+?)\s*\|\s*(?<severity>\w+)\s*\|\s*(?<docs>[^|]*?)\s*\|\s*$", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups["id"].Value, Title: m.Groups["title"].Value, Severity: m.Groups["severity"].Value, Docs: m.Groups["docs"].Value))
            .ToList();
        var descriptors = AllDescriptors().ToDictionary(d => d.Id, StringComparer.Ordinal);

        foreach (var row in rows)
        {
            Assert.True(descriptors.TryGetValue(row.Id, out var descriptor), "README rule table names " + row.Id + ", which has no descriptor");
            Assert.Equal(descriptor!.Title.ToString(), row.Title);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
            Assert.Equal("[docs/rules/" + row.Id + ".md](docs/rules/" + row.Id + ".md)", row.Docs);
        }

        Assert.Equal(rows.Select(r => r.Id).Distinct().Count(), rows.Count);
        Assert.Equal(descriptors.Keys.OrderBy(k => k, StringComparer.Ordinal), rows.Select(r => r.Id).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Configuration_key_table_covers_every_descriptor()
    {
        Assert.Equal(AllDescriptors().Select(d => d.Id), ConfigurationKeysByRule.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var kinds = AllKinds();
        Assert.All(ConfigurationKeysByRule.Values.SelectMany(k => k), key => Assert.Contains(key, kinds));
    }

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_page_names_the_configuration_keys_the_rule_reads(string id)
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
        Assert.Contains("dotnet_diagnostic." + id + ".severity", page, StringComparison.Ordinal);

        var line = page.Split('\n').Select(l => l.TrimEnd('\r')).SingleOrDefault(l => l.StartsWith("Configuration keys:", StringComparison.Ordinal));
        Assert.True(line is not null, "docs/rules/" + id + ".md has no 'Configuration keys:' line");
        Assert.Contains("`dotnet_diagnostic." + id + ".severity`", line, StringComparison.Ordinal);

        Assert.True(ConfigurationKeysByRule.TryGetValue(id, out var required), id + " is missing from ConfigurationKeysByRule");
        foreach (var key in required!)
        {
            Assert.True(line!.Contains("`" + key + "`", StringComparison.Ordinal), "docs/rules/" + id + ".md: 'Configuration keys:' line does not name `" + key + "`");
        }

        // No stale kinds: the line names only the kinds the rule reads.
        var named = Regex.Matches(line!, "`([a-z-]+)`").Select(m => m.Groups[1].Value).Where(AllKinds().Contains).ToHashSet(StringComparer.Ordinal);
        Assert.True(named.SetEquals(required), "docs/rules/" + id + ".md names kinds {" + string.Join(", ", named) + "}, the rule reads {" + string.Join(", ", required) + "}");

        if (id == "RAI9001")
        {
            Assert.All(FeatureLineKeys, key => Assert.Contains("`" + key + "`", line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Policy_map_names_every_rule_with_its_status()
    {
        var map = File.ReadAllText(Path.Combine(Root, "docs", "policy-map.md"));
        var implemented = AllDescriptors().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in implemented)
        {
            Assert.Contains(id, map, StringComparison.Ordinal);
        }

        // The rule index: "| RAIxxxx | implemented |" or "| RAIxxxx | planned |", agreeing with the descriptors.
        var index = Regex.Matches(map, @"^\|\s*(?<id>RAI\d{4})\s*\|\s*(?<status>implemented|planned)\s*\|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["status"].Value, StringComparer.Ordinal);
        foreach (var id in implemented)
        {
            Assert.True(index.TryGetValue(id, out var status) && status == "implemented", "docs/policy-map.md rule index: " + id + " must be listed as implemented");
        }

        foreach (var (id, status) in index)
        {
            Assert.True(status == "implemented" == implemented.Contains(id), "docs/policy-map.md rule index: " + id + " is '" + status + "', but it " + (implemented.Contains(id) ? "has" : "has no") + " descriptor");
        }

        // The planned rules of the contract stay on the map until they are built.
        foreach (var id in new[] { "RAI1005", "RAI2001", "RAI2002", "RAI2003", "RAI2004", "RAI2005", "RAI2006" })
        {
            Assert.True(index.ContainsKey(id), "docs/policy-map.md rule index lacks " + id);
        }
    }

    [Fact]
    public void Configuration_guide_documents_every_kind_of_line()
    {
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));
        foreach (var kind in AllKinds())
        {
            Assert.True(Regex.IsMatch(guide, @"^\|\s*`" + Regex.Escape(kind) + "`\\s*\\|", RegexOptions.Multiline), "docs/configuration.md has no kinds-table row for `" + kind + "`");
            Assert.True(Regex.IsMatch(guide, "^" + Regex.Escape(kind) + @"\s+[MPT]:\S+", RegexOptions.Multiline), "docs/configuration.md has no example line for `" + kind + "`");
        }

        Assert.All(FeatureLineKeys, key => Assert.Contains("| `" + key + "` |", guide, StringComparison.Ordinal));
        Assert.Contains("dotnet_analyzer_diagnostic.category-ResponsibleAI.Policy.severity", guide, StringComparison.Ordinal);
    }
}
