using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Analysis;

namespace ResponsibleAI.Inventory.Analysis;

/// <summary>Every rule of the ResponsibleAI analyzers this tool ships, and what the inventory says about each.</summary>
public static class PackAnalyzers
{
    /// <summary>Every concrete analyzer of ResponsibleAI.Analyzers, ordered by name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
        typeof(AiCompilationContext).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Every rule the analyzers report, one descriptor an id, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } =
        All.SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// The policy clause a rule enforces, from its description ("Policy, Customer Responsibilities, Informed Consent: ...");
    /// null for rules about the configuration file or the generator's input.
    /// </summary>
    public static string? Clause(DiagnosticDescriptor descriptor)
    {
        const string Prefix = "Policy, ";
        var description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!description.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = description.IndexOf(": ", Prefix.Length, StringComparison.Ordinal);
        return end < 0 ? null : description[Prefix.Length..end].Trim();
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
