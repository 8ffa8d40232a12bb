using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Configuration;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>Builds the per-compilation context at compilation start; the configuration file is parsed once per text (Roslyn's cache).</summary>
internal sealed class AiCompilationContextProvider
{
    // Roslyn's own per-SourceText cache: the analyzer keeps the provider, the host keeps the parsed values.
    private readonly SourceTextValueProvider<ConfigurationFile> _configurationProvider = new(static text => ConfigurationFile.Parse(text));

    // RS1012: this helper only reads the start context; the calling analyzer registers the actions.
#pragma warning disable RS1012
    public AiCompilationContext? Create(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
    {
        var configuration = ConfigurationFile.Empty;
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (!ConfigurationFile.IsConfigurationFile(file))
            {
                continue;
            }

            var text = file.GetText(context.CancellationToken);
            if (text is not null && context.TryGetValue(text, _configurationProvider, out var parsed))
            {
                configuration = Merge(configuration, parsed);
            }
        }

        return AiCompilationContext.Create(context.Compilation, configuration, context.CancellationToken);
    }

    private static ConfigurationFile Merge(ConfigurationFile a, ConfigurationFile b) =>
        new(a.Entries.AddRange(b.Entries), a.Errors.AddRange(b.Errors));
}
