using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResponsibleAI;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ResponsibleAI governance (<see cref="IAiGovernance"/>) with dependency injection.</summary>
public static class ResponsibleAIServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAiGovernance"/> (the default <see cref="AiGovernance"/>, a singleton) and
    /// <see cref="AiGovernanceOptions"/> as <c>IOptions&lt;AiGovernanceOptions&gt;</c>, validated when the host starts.
    /// Choose the stores and the audit sinks on the returned builder.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: at least <see cref="AiGovernanceOptions.SubjectIdHashKey"/> (subject ids are pseudonymized by default), or <see cref="AiSubjectIdMode.Raw"/>.</param>
    /// <returns>A builder for the stores and sinks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddResponsibleAI(options =>
    ///         options.SubjectIdHashKey = builder.Configuration["ResponsibleAI:SubjectIdHashKey"] is { } key ? Convert.FromBase64String(key) : null)
    ///     .UseConsentStore&lt;DatabaseConsentStore&gt;()
    ///     .UsePreferenceStore&lt;DatabasePreferenceStore&gt;()
    ///     .AddLoggerAuditSink()
    ///     .AddOpenTelemetryAuditSink();
    /// </code>
    /// </example>
    public static IResponsibleAIBuilder AddResponsibleAI(this IServiceCollection services, Action<AiGovernanceOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<AiGovernanceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiGovernanceOptions>, AiGovernanceOptionsValidator>());
        options.ValidateOnStart();

        services.TryAddSingleton<IAiGovernance>(static provider => new AiGovernance(
            Required<IAiConsentStore>(provider, "a consent store", "UseConsentStore<T>() or UseInMemoryStores()"),
            Required<IAiPreferenceStore>(provider, "a preference store", "UsePreferenceStore<T>() or UseInMemoryStores()"),
            AuditSink(provider),
            provider.GetRequiredService<IOptions<AiGovernanceOptions>>().Value));
        return new ResponsibleAIBuilder(services);
    }

    private static T Required<T>(IServiceProvider provider, string what, string how)
        where T : class =>
        provider.GetService<T>() ?? throw new InvalidOperationException(
            $"ResponsibleAI: no {what} ({typeof(T).Name}) is registered. Call {how} on the builder that services.AddResponsibleAI(...) returns.");

    /// <summary>Every registered sink, in registration order; none means events go nowhere (a warning-free no-op is not what an auditor wants, so say so).</summary>
    private static IAiAuditSink AuditSink(IServiceProvider provider)
    {
        var sinks = provider.GetServices<IAiAuditSink>().ToArray();
        return sinks.Length switch
        {
            0 => throw new InvalidOperationException(
                "ResponsibleAI: no audit sink is registered, so AI use would leave no record. Call AddLoggerAuditSink(), AddOpenTelemetryAuditSink(), "
                + "AddInMemoryAuditSink() or AddAuditSink<T>() on the builder that services.AddResponsibleAI(...) returns."),
            1 => sinks[0],
            _ => new CompositeAiAuditSink(sinks),
        };
    }

    private sealed class AiGovernanceOptionsValidator : IValidateOptions<AiGovernanceOptions>
    {
        public ValidateOptionsResult Validate(string? name, AiGovernanceOptions options) =>
            options.Validate() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    private sealed class ResponsibleAIBuilder(IServiceCollection services) : IResponsibleAIBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
