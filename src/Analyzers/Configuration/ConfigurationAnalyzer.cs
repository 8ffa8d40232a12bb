using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
        context.RegisterAdditionalFileAction(static fileContext =>
        {
            if (!ConfigurationFile.IsConfigurationFile(fileContext.AdditionalFile))
            {
                return;
            }

            var text = fileContext.AdditionalFile.GetText(fileContext.CancellationToken);
            if (text is null)
            {
                return;
            }

            foreach (var error in ConfigurationFile.Parse(text).Errors)
            {
                var location = Location.Create(fileContext.AdditionalFile.Path, error.Span, error.LineSpan);
                fileContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedConfigurationLine, location, error.LineNumber, error.Message));
            }
        });
    }
}
