using System.Threading.Tasks;
using Xunit;
using Fix = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.HardCodedCredentialAnalyzer, ResponsibleAI.CodeFixes.HardCodedCredentialCodeFixProvider>;

namespace ResponsibleAI.Tests.CodeFixes;

/// <summary>RAI2005 fix: the key is read from the environment variable named after its provider; never offered on a const.</summary>
public class HardCodedCredentialCodeFixTests
{
    [Fact]
    public Task Every_key_is_read_from_its_providers_environment_variable_and_a_const_is_left_to_the_author() => Fix.VerifyAsync(
        """
        using OpenAI.Chat;
        using Anthropic;

        public sealed class Clients
        {
            private const string Pinned = {|RAI2005:"sk-proj-Q7fXw2LmN9pR4sT6vY8zA1bC3dE5gH7jK9mP2qR4tV6xZ8aB"|};
            private static readonly string Shared = {|RAI2005:"sk-proj-B7fXw2LmN9pR4sT6vY8zA1bC3dE5gH7jK9mP2qR4tV6xZ8aQ"|};

            public ChatClient Chat() => new("gpt-4o-mini", {|RAI2005:"sk-proj-C7fXw2LmN9pR4sT6vY8zA1bC3dE5gH7jK9mP2qR4tV6xZ8aR"|});
            public ChatClient Pin() => new("gpt-4o-mini", Pinned);
            public ChatClient Share() => new("gpt-4o-mini", Shared);
            public AnthropicClient Claude() => new() { ApiKey = {|RAI2005:"sk-ant-api03-Xy7Qw2Lm9Np4Rs6Tv8Zb1Cd3Ef5Gh7Jk9Mp2Qr4Tv6Xz8Ab"|} };
        }
        """,
        """
        using OpenAI.Chat;
        using Anthropic;

        public sealed class Clients
        {
            private const string Pinned = {|RAI2005:"sk-proj-Q7fXw2LmN9pR4sT6vY8zA1bC3dE5gH7jK9mP2qR4tV6xZ8aB"|};
            private static readonly string Shared = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Set the OPENAI_API_KEY environment variable (or read the key from your configuration or secret store).");

            public ChatClient Chat() => new("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Set the OPENAI_API_KEY environment variable (or read the key from your configuration or secret store)."));
            public ChatClient Pin() => new("gpt-4o-mini", Pinned);
            public ChatClient Share() => new("gpt-4o-mini", Shared);
            public AnthropicClient Claude() => new() { ApiKey = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY") ?? throw new InvalidOperationException("Set the ANTHROPIC_API_KEY environment variable (or read the key from your configuration or secret store).") };
        }
        """,
        equivalenceKey: ResponsibleAI.CodeFixes.HardCodedCredentialCodeFixProvider.EquivalenceKey,
        remainingInFixedCode: true);
}
