using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ResponsibleAI;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What <c>services.AddResponsibleAI(...)</c> returns: chooses the governance's stores and audit sinks.</summary>
public interface IResponsibleAIBuilder
{
    /// <summary>Gets the service collection the governance is registered in.</summary>
    IServiceCollection Services { get; }
}

/// <summary>The stores and audit sinks of <see cref="IResponsibleAIBuilder"/>.</summary>
public static class ResponsibleAIBuilderExtensions
{
    /// <summary>Uses <typeparamref name="TStore"/> (a singleton) as the consent store.</summary>
    /// <typeparam name="TStore">Where consent is recorded (your database).</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder UseConsentStore<TStore>(this IResponsibleAIBuilder builder)
        where TStore : class, IAiConsentStore
    {
        Services(builder).Replace(ServiceDescriptor.Singleton<IAiConsentStore, TStore>());
        return builder;
    }

    /// <summary>Uses <typeparamref name="TStore"/> (a singleton) as the preference store, where opt-outs are recorded.</summary>
    /// <typeparam name="TStore">Where opt-outs are recorded (your database).</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder UsePreferenceStore<TStore>(this IResponsibleAIBuilder builder)
        where TStore : class, IAiPreferenceStore
    {
        Services(builder).Replace(ServiceDescriptor.Singleton<IAiPreferenceStore, TStore>());
        return builder;
    }

    /// <summary>
    /// Uses in-memory consent and preference stores (singletons, also registered as their own types so that a demo or a
    /// test can grant consent). Everything is lost at restart: for development and tests only.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder UseInMemoryStores(this IResponsibleAIBuilder builder)
    {
        var services = Services(builder);
        services.TryAddSingleton<InMemoryAiConsentStore>();
        services.TryAddSingleton<InMemoryAiPreferenceStore>();
        services.Replace(ServiceDescriptor.Singleton<IAiConsentStore>(static provider => provider.GetRequiredService<InMemoryAiConsentStore>()));
        services.Replace(ServiceDescriptor.Singleton<IAiPreferenceStore>(static provider => provider.GetRequiredService<InMemoryAiPreferenceStore>()));
        return builder;
    }

    /// <summary>Adds <typeparamref name="TSink"/> (a singleton) to the audit sinks; events go to every sink, in the order added.</summary>
    /// <typeparam name="TSink">An audit sink (your durable audit log).</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder AddAuditSink<TSink>(this IResponsibleAIBuilder builder)
        where TSink : class, IAiAuditSink
    {
        Services(builder).TryAddEnumerable(ServiceDescriptor.Singleton<IAiAuditSink, TSink>());
        return builder;
    }

    /// <summary>Adds a <see cref="LoggerAiAuditSink"/>: audit events as structured log entries (category <c>ResponsibleAI.Audit</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder AddLoggerAuditSink(this IResponsibleAIBuilder builder)
    {
        Services(builder).TryAddEnumerable(ServiceDescriptor.Singleton<IAiAuditSink, LoggerAiAuditSink>(
            static provider => new LoggerAiAuditSink(provider.GetRequiredService<ILoggerFactory>())));
        return builder;
    }

    /// <summary>Adds an <see cref="InMemoryAiAuditSink"/> (also registered as its own type, to read the events): for tests and demos.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder AddInMemoryAuditSink(this IResponsibleAIBuilder builder)
    {
        var services = Services(builder);
        services.TryAddSingleton<InMemoryAiAuditSink>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAiAuditSink, InMemoryAiAuditSink>(static provider => provider.GetRequiredService<InMemoryAiAuditSink>()));
        return builder;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Adds an <see cref="OpenTelemetryAiAuditSink"/> (activities and metrics named <c>ResponsibleAI</c>; subscribe with
    /// <c>AddSource("ResponsibleAI")</c> and <c>AddMeter("ResponsibleAI")</c>). Activities carry no subject id unless
    /// <paramref name="configure"/> opts in.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the sink's options.</param>
    /// <returns>The builder.</returns>
    public static IResponsibleAIBuilder AddOpenTelemetryAuditSink(this IResponsibleAIBuilder builder, Action<OpenTelemetryAiAuditSinkOptions>? configure = null)
    {
        var services = Services(builder);
        services.TryAddSingleton(_ =>
        {
            var options = new OpenTelemetryAiAuditSinkOptions();
            configure?.Invoke(options);
            return new OpenTelemetryAiAuditSink(options);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAiAuditSink, OpenTelemetryAiAuditSink>(static provider => provider.GetRequiredService<OpenTelemetryAiAuditSink>()));
        return builder;
    }
#endif

    private static IServiceCollection Services(IResponsibleAIBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Services;
}
