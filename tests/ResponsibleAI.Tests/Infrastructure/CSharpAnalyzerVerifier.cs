using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibleAI.Tests.Infrastructure;

/// <summary>Shared set-up for analyzer and code-fix tests: references, global usings, optional ResponsibleAI.txt.</summary>
internal static class TestSetup
{
    /// <summary>Usings every test source gets, so tests show only the code that matters.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.Extensions.AI;
        global using ResponsibleAI;
        """;

    public static void Apply(SolutionState state, string? configuration, bool aspNetCore = false)
    {
        state.Sources.Add(("GlobalUsings.cs", GlobalUsings));
        state.AdditionalReferences.AddRange(aspNetCore ? TestReferences.WithAspNetCore : TestReferences.All);
        if (configuration is not null)
        {
            state.AdditionalFiles.Add(("ResponsibleAI.txt", SourceText.From(configuration)));
        }
    }

    public static CompilationOptions Options(Solution solution, ProjectId projectId)
    {
        var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
        // The SDKs mark preview APIs [Experimental]; tests exercise them like real code that opted in.
        return options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions
            .SetItem("MEAI001", ReportDiagnostic.Suppress)
            .SetItem("OPENAI001", ReportDiagnostic.Suppress)
            .SetItem("OPENAI002", ReportDiagnostic.Suppress)
            .SetItem("SKEXP0001", ReportDiagnostic.Suppress)
            .SetItem("SKEXP0010", ReportDiagnostic.Suppress)
            .SetItem("CS1998", ReportDiagnostic.Suppress));
    }
}

/// <summary>Analyzer test with markup: <c>{|RAI1001:expr|}</c> marks where a diagnostic must be.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, string? configuration = null, params DiagnosticResult[] expected) =>
        VerifyAsync(new[] { source }, configuration, expected);

    /// <summary>Like <see cref="VerifyAsync(string, string?, DiagnosticResult[])"/>, compiled with ASP.NET Core as well.</summary>
    public static async Task VerifyWithAspNetCoreAsync(string source)
    {
        var test = new Test();
        test.TestState.Sources.Add(source);
        TestSetup.Apply(test.TestState, null, aspNetCore: true);
        await test.RunAsync(CancellationToken.None);
    }

    public static async Task VerifyAsync(string[] sources, string? configuration = null, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        TestSetup.Apply(test.TestState, configuration);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Empty;
            SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(projectId, TestSetup.Options(solution, projectId)));
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }
}

/// <summary>Code-fix test, Fix All included (the framework runs the fix-all providers on every iteration).</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <param name="remainingInFixedCode">The fixed code's markup lists diagnostics the fix leaves (another rule's, at the same call).</param>
    /// <param name="fixAllIterations">Fix All iterations when they differ from the one-by-one <paramref name="iterations"/>.</param>
    /// <param name="batchFixedSource">What Fix All gives, when it differs from fixing one diagnostic at a time.</param>
    /// <param name="aspNetCore">Compile with ASP.NET Core as well.</param>
    public static async Task VerifyAsync(string source, string fixedSource, int? codeActionIndex = null, string? equivalenceKey = null, int? iterations = null, bool remainingInFixedCode = false, int? fixAllIterations = null, string? batchFixedSource = null, bool aspNetCore = false)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        if (remainingInFixedCode)
        {
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        if (batchFixedSource is not null)
        {
            test.BatchFixedCode = batchFixedSource;
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.Sources.Add(("GlobalUsings.cs", TestSetup.GlobalUsings));
        }

        TestSetup.Apply(test.TestState, null, aspNetCore);
        test.FixedState.Sources.Add(("GlobalUsings.cs", TestSetup.GlobalUsings));
        if (codeActionIndex is { } index)
        {
            test.CodeActionIndex = index;
        }

        if (equivalenceKey is not null)
        {
            test.CodeActionEquivalenceKey = equivalenceKey;
        }

        if (iterations is { } n)
        {
            test.NumberOfFixAllIterations = fixAllIterations ?? n;
            test.NumberOfIncrementalIterations = n;
        }

        await test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Empty;
            SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(projectId, TestSetup.Options(solution, projectId)));
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }
}
