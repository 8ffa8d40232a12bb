using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.Tests.Infrastructure;

/// <summary>Every analyzer of the pack, new instances, as the compiler loads them from the assembly.</summary>
internal static class PackAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() => typeof(ConsentAndOptOutAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();
}
