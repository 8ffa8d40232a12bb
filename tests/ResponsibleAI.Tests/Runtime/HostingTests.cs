using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResponsibleAI;
using Xunit;

namespace ResponsibleAI.Tests.Runtime;

/// <summary>services.AddResponsibleAI(...): the governance in a real host, its options, its sinks, and its private defaults.</summary>
public class HostingTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-32-byte-key-from-the-secret-st");

    private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization, "Azure OpenAI");

    [Fact]
    public async Task The_governance_comes_from_the_container_with_its_options_stores_and_sinks()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddResponsibleAI(options => options.SubjectIdHashKey = Key)
            .UseInMemoryStores()
            .AddInMemoryAuditSink();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var governance = provider.GetRequiredService<IAiGovernance>();
        Assert.IsType<AiGovernance>(governance);
        Assert.Same(governance, provider.GetRequiredService<IAiGovernance>());
        Assert.Same(Key, provider.GetRequiredService<IOptions<AiGovernanceOptions>>().Value.SubjectIdHashKey);

        var student = new AiSubject("alice@example.edu");
        await Assert.ThrowsAsync<AiConsentRequiredException>(() => governance.EnsureConsentAsync(student, Summary));
        await provider.GetRequiredService<InMemoryAiConsentStore>().GrantAsync(student, Summary.Id);
        await governance.EnsureConsentAsync(student, Summary);
        await provider.GetRequiredService<InMemoryAiPreferenceStore>().SetOptOutAsync(student, Summary.Id, optedOut: true);
        await Assert.ThrowsAsync<AiOptedOutException>(() => governance.EnsureNotOptedOutAsync(student, Summary));

        governance.BeginAudit(student, Summary).Completed();
        var events = provider.GetRequiredService<InMemoryAiAuditSink>().Events;
        Assert.Equal(2, events.Count);

        // Private by default: the audit holds the keyed pseudonym, never the id.
        var pseudonym = Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(student.Id)));
        Assert.All(events, e => Assert.Equal(pseudonym, e.SubjectId));
        Assert.Equal(pseudonym, provider.GetRequiredService<IOptions<AiGovernanceOptions>>().Value.GetAuditSubjectId(student));
    }

    [Fact]
    public async Task Without_a_key_the_host_does_not_start_and_says_what_to_do()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddResponsibleAI().UseInMemoryStores().AddInMemoryAuditSink();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("SubjectIdHashKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("SubjectIdMode = AiSubjectIdMode.Raw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_ids_are_recorded_only_when_chosen()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddResponsibleAI(options => options.SubjectIdMode = AiSubjectIdMode.Raw).UseInMemoryStores().AddInMemoryAuditSink();
        using var host = builder.Build();
        await host.StartAsync();

        host.Services.GetRequiredService<IAiGovernance>().BeginAudit(new AiSubject("s-1"), Summary).Completed();
        Assert.All(host.Services.GetRequiredService<InMemoryAiAuditSink>().Events, e => Assert.Equal("s-1", e.SubjectId));
        await host.StopAsync();
    }

    [Fact]
    public void Missing_stores_and_sinks_are_named_with_the_call_that_adds_them()
    {
        var noStore = new ServiceCollection();
        noStore.AddResponsibleAI(options => options.SubjectIdHashKey = Key).AddInMemoryAuditSink();
        using (var provider = noStore.BuildServiceProvider())
        {
            var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IAiGovernance>());
            Assert.Contains("UseConsentStore<T>() or UseInMemoryStores()", error.Message, StringComparison.Ordinal);
        }

        var noSink = new ServiceCollection();
        noSink.AddResponsibleAI(options => options.SubjectIdHashKey = Key).UseInMemoryStores();
        using (var provider = noSink.BuildServiceProvider())
        {
            var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IAiGovernance>());
            Assert.Contains("no audit sink", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_sink_receives_every_event_and_the_logger_sink_writes_structured_entries()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddResponsibleAI(options => options.SubjectIdHashKey = Key)
            .UseInMemoryStores()
            .AddLoggerAuditSink()
            .AddInMemoryAuditSink()
            .AddOpenTelemetryAuditSink();
        using var provider = services.BuildServiceProvider();

        var governance = provider.GetRequiredService<IAiGovernance>();
        using (var audit = governance.BeginAudit(new AiSubject("alice@example.edu"), Summary))
        {
            audit.Completed(AiAuditContent.Describe("The patient has HIV."));
        }

        governance.BeginAudit(new AiSubject("alice@example.edu"), Summary).Failed(new TimeoutException("The patient has HIV."));

        Assert.Equal(4, provider.GetRequiredService<InMemoryAiAuditSink>().Events.Count);
        var entries = logs.Entries.Where(e => e.Category == LoggerAiAuditSink.CategoryName).ToList();
        Assert.Equal(new[] { 1, 2, 1, 3 }, entries.Select(e => e.EventId.Id));
        Assert.Equal(new[] { LogLevel.Debug, LogLevel.Information, LogLevel.Debug, LogLevel.Warning }, entries.Select(e => e.Level));

        var completed = entries[1];
        Assert.Equal("AiFeatureCompleted", completed.EventId.Name);
        Assert.Equal("lecture.summary", completed.State["FeatureId"]);
        Assert.Equal(AiCapability.Summarization, completed.State["Capability"]);
        Assert.Equal(20L, completed.State["OutputLength"]);
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("alice@example.edu"))), completed.State["SubjectId"]);
        Assert.Equal("System.TimeoutException", entries[3].State["ErrorType"]);

        // Nothing of the output, the error message or the raw id reaches the log.
        Assert.All(entries, e => Assert.DoesNotContain("HIV", e.Message, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("alice@", e.Message, StringComparison.Ordinal));
    }

    private sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public IReadOnlyList<Entry> Entries => _entries.ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state as IEnumerable<KeyValuePair<string, object?>> ?? Array.Empty<KeyValuePair<string, object?>>();
                entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), values.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
