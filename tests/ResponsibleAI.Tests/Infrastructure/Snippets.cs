namespace ResponsibleAI.Tests.Infrastructure;

/// <summary>Small, realistic integrator code used by many tests.</summary>
internal static class Snippets
{
    /// <summary>Ordinary business code that names nothing any rule looks for (no AI SDK, no key, no prompt).</summary>
    public const string BusinessCode = """
        using System.Collections.Generic;
        using System.Linq;

        public sealed record Order(int Id, string Customer, decimal Amount);

        public sealed class Orders
        {
            private readonly List<Order> _orders = new();
            private const string Greeting = "Welcome back";
            public decimal TotalFor(string customer) => _orders.Where(o => o.Customer == customer).Sum(o => o.Amount);
            public string Describe(Order order) => order.Amount > 100 ? $"Order {order.Id} is large." : $"Order {order.Id}.";
            public void Add(Order order) { _orders.Add(order); System.Console.WriteLine(Greeting); }
        }
        """;

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
