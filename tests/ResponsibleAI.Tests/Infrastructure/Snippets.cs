namespace ResponsibleAI.Tests.Infrastructure;

/// <summary>Small, realistic integrator code used by many tests.</summary>
internal static class Snippets
{
    /// <summary>Guards of every shape the contract lists, as a company privacy service would declare them.</summary>
    public const string Privacy = """
        public static class Privacy
        {
            [AiConsentGuard] public static bool HasConsent(string user) => true;
            [AiConsentGuard] public static Task<bool> HasConsentAsync(string user) => Task.FromResult(true);
            [AiConsentGuard] public static ValueTask<bool> HasConsentValueAsync(string user) => new(true);
            [AiConsentGuard] public static void RequireConsent(string user) { }
            [AiConsentGuard] public static Task RequireConsentAsync(string user) => Task.CompletedTask;
            [AiOptOutGuard] public static bool IsOptedOut(string user) => false;
            [AiOptOutGuard] public static Task<bool> IsOptedOutAsync(string user) => Task.FromResult(false);
            [AiOptOutGuard] public static void RequireNotOptedOut(string user) { }
            [AiOptOutGuard] public static Task RequireNotOptedOutAsync(string user) => Task.CompletedTask;
        }
        """;

    /// <summary>Wraps statements in an async method of a service holding an <c>IChatClient</c>.</summary>
    public static string InMethod(string body, string parameters = "string user, CancellationToken ct") => $$"""
        public sealed class LectureService(IChatClient chat)
        {
            public async Task<string> RunAsync({{parameters}})
            {
        {{body}}
            }
        }
        """;
}
