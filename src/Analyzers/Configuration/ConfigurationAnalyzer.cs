using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Analysis;

namespace ResponsibleAI.Analyzers.Configuration;

/// <summary>RAI9001: reports every line of ResponsibleAI.txt that does not parse, at that line of that file.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MalformedConfigurationLine);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // The file is parsed once for the pack: through the provider every analyzer of the pack reads it with.
        context.RegisterCompilationStartAction(static start => start.RegisterAdditionalFileAction(fileContext =>
        {
            if (!ConfigurationFile.IsConfigurationFile(fileContext.AdditionalFile)
                || fileContext.AdditionalFile.GetText(fileContext.CancellationToken) is not { } text
                || !start.TryGetValue(text, AiCompilationContextProvider.ConfigurationProvider, out var configuration))
            {
                return;
            }

            foreach (var error in configuration.Errors)
            {
                var location = Location.Create(fileContext.AdditionalFile.Path, error.Span, error.LineSpan);
                fileContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedConfigurationLine, location, error.LineNumber, error.Message));
            }
        }));
    }
}
