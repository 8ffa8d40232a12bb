using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI2006: text from an HTTP request (<see cref="RequestTaint"/>) that reaches a system or developer message: MEAI's
/// <c>new ChatMessage(ChatRole.System, …)</c> and <c>ChatOptions.Instructions</c>, Semantic Kernel's <c>AddSystemMessage</c>,
/// <c>new ChatHistory(systemMessage)</c> and <c>AddMessage(AuthorRole.System, …)</c>, OpenAI's <c>SystemChatMessage</c> and
/// <c>DeveloperChatMessage</c>, Azure AI Inference's <c>ChatRequestSystemMessage</c>, an agent's <c>instructions</c>, Anthropic's <c>System</c>. Into a user message is fine.
/// Reported on the value that enters the system message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntrustedSystemPromptAnalyzer : DiagnosticAnalyzer
{
    internal static readonly string[] SystemMessageTypes = ["SystemChatMessage", "DeveloperChatMessage", "ChatHistory", "ChatRequestSystemMessage", "ChatRequestDeveloperMessage"];
    internal static readonly string[] SystemMessageMethods = ["AddSystemMessage", "AddDeveloperMessage", "CreateSystemMessage", "CreateDeveloperMessage"];
    internal static readonly string[] InstructionNames = ["instructions", "systemPrompt", "systemMessage", "system", "Instructions", "SystemPrompt", "SystemMessage", "System"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UntrustedSystemPrompt);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Only web apps that talk to a model: ASP.NET Core's HttpRequest and an AI SDK must both be referenced.
            if (start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpRequest") is null
                || (start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ChatMessage") is null
                    && start.Compilation.GetTypeByMetadataName("OpenAI.Chat.ChatClient") is null
                    && start.Compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.ChatCompletion.ChatHistory") is null
                    && start.Compilation.GetTypeByMetadataName("Anthropic.AnthropicClient") is null))
            {
                return;
            }

            // Only bodies that name a system-message type, method or instructions are bound (CodeBlock, SyntaxGate).
            var gate = SyntaxGate.For(start.Compilation);
            start.RegisterCodeBlockAction(codeBlock =>
            {
                if (gate.MayHold(codeBlock.CodeBlock, BodyInterest.SystemPrompt, codeBlock.CancellationToken) && CodeBlock.Create(codeBlock) is { } block)
                {
                    AnalyzeBlock(block);
                }
            });
        });
    }

    private static void AnalyzeBlock(CodeBlock context)
    {
        // One walk: every operation (the taint needs them all) and the system-prompt values among them.
        var operations = new List<IOperation>();
        var sinks = new List<(IOperation Value, string Sink)>();
        foreach (var operation in context.Operations())
        {
            operations.Add(operation);
            if (operation is IObjectCreationOperation or IInvocationOperation or ISimpleAssignmentOperation)
            {
                sinks.AddRange(SinkValues(operation));
            }
        }

        if (sinks.Count == 0 || RequestTaint.Analyze(context.OwningSymbol, operations, context.CancellationToken) is not { } taint)
        {
            return;
        }

        var reported = new HashSet<SyntaxNode>();
        foreach (var (value, sink) in sinks)
        {
            if (taint.IsTainted(value) && reported.Add(value.Syntax))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UntrustedSystemPrompt, value.Syntax.GetLocation(), sink));
            }
        }
    }

    /// <summary>The values a system or developer message is made of at this operation, with the sink's name.</summary>
    private static IEnumerable<(IOperation Value, string Sink)> SinkValues(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } creation when CredentialCatalog.IsAiType(constructor.ContainingType):
                var type = constructor.ContainingType.Name;
                // new ChatHistory(text) starts with a system message; new ChatHistory(text, AuthorRole.User) does not.
                var roleGiven = type == "ChatHistory" && creation.Arguments.Length > 1;
                if (Array.IndexOf(SystemMessageTypes, type) >= 0 && (!roleGiven || HasSystemRole(creation.Arguments)))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Type.SpecialType == SpecialType.System_String || argument.Parameter?.Name is "content" or "contentParts" or "systemMessage")
                        {
                            yield return (argument.Value, "new " + type);
                        }
                    }
                }
                else if (!roleGiven && type != "ChatMessage")
                {
                    // An agent built with its instructions: new ChatClientAgent(client, instructions: …).
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && Array.IndexOf(InstructionNames, parameter.Name) >= 0)
                        {
                            yield return (argument.Value, "new " + type);
                        }
                    }
                }

                if (type == "ChatMessage" && HasSystemRole(creation.Arguments))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                        {
                            yield return (argument.Value, "a system ChatMessage");
                        }
                    }
                }

                break;
            case IInvocationOperation invocation when CredentialCatalog.IsAiType(invocation.TargetMethod.ContainingType):
                var method = invocation.TargetMethod;
                var systemMethod = Array.IndexOf(SystemMessageMethods, method.Name) >= 0 || (method.Name == "AddMessage" && HasSystemRole(invocation.Arguments));
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Type.SpecialType != SpecialType.System_String)
                    {
                        continue;
                    }

                    if (systemMethod || Array.IndexOf(InstructionNames, argument.Parameter.Name) >= 0)
                    {
                        yield return (argument.Value, method.ContainingType.Name + "." + method.Name);
                    }
                }

                break;
            // The property may be a union type with a conversion from string (Anthropic's MessageCreateParams.System).
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                when Array.IndexOf(InstructionNames, property.Name) >= 0 && CredentialCatalog.IsAiType(property.ContainingType):
                yield return (OperationPaths.Unwrap(assignment.Value), property.ContainingType.Name + "." + property.Name);
                break;
            // The text of a block or part built into a system prompt made of blocks: Bedrock's
            // System = [new SystemContentBlock { Text = … }], Gemini's SystemInstruction = new Content { Parts = [new Part { Text = … }] }.
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Text" } text } } block
                when text.Type.SpecialType == SpecialType.System_String && CredentialCatalog.IsAiType(text.ContainingType)
                     && SystemPromptHolding(block) is { } holder:
                yield return (OperationPaths.Unwrap(block.Value), holder + " (" + text.ContainingType.Name + ".Text)");
                break;
        }
    }

    /// <summary>
    /// The system-prompt property (<c>System</c>, <c>SystemInstruction</c>, …) whose value holds <paramref name="text"/>'s
    /// block: the nearest enclosing assignment, through object and collection initializers and collection expressions.
    /// </summary>
    private static string? SystemPromptHolding(IOperation text)
    {
        var current = text.Parent;
        for (var depth = 0; current is not null && depth < 12; depth++, current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } }
                && property.Name is not "Text" and not "Parts")
            {
                return (Array.IndexOf(InstructionNames, property.Name) >= 0 || property.Name == "SystemInstruction") && CredentialCatalog.IsAiType(property.ContainingType)
                    ? property.ContainingType.Name + "." + property.Name
                    : null;
            }

            if (current is IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation or IReturnOperation
                || current is IArgumentOperation && current.Parent is not IInvocationOperation { IsImplicit: true }) // a collection initializer's Add
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasSystemRole(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (OperationPaths.Unwrap(argument.Value) is IPropertyReferenceOperation { Property: { Name: "System" or "Developer" } role }
                && role.ContainingType.Name is "ChatRole" or "AuthorRole")
            {
                return true;
            }
        }

        return false;
    }
}
