using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Decides, at one call site, the <see cref="CallCondition"/> of a catalog member that reaches a model only in some uses.
/// Only what the enclosing member shows counts: a value that comes from a parameter, a field or another method keeps the
/// call an AI call.
/// </summary>
internal static class CallConditions
{
    /// <summary>True when the call is an AI call. <paramref name="invocation"/> is from the original operation tree.</summary>
    public static bool IsAiCall(CallCondition condition, IInvocationOperation invocation, CancellationToken cancellationToken) => condition switch
    {
        CallCondition.EmbedsNonVectorQuery => !HasVectorQuery(invocation),
        CallCondition.ModelBasedEvaluator => !IsLexicalEvaluator(invocation),
        CallCondition.PromptFunction => SemanticKernelFunctions.Classify(invocation, cancellationToken) != FunctionOrigin.Native,
        CallCondition.WorkflowWithAgents => !AgentWorkflows.ShowsNoAgent(invocation, cancellationToken),
        _ => true,
    };

    // ------------------------------------------------------------------ vector search

    /// <summary><c>SearchAsync&lt;TInput&gt;(TInput query, ...)</c> with a vector query: nothing to embed.</summary>
    private static bool HasVectorQuery(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var input = method.TypeArguments.Length > 0 ? method.TypeArguments[0] : method.Parameters.FirstOrDefault()?.Type;
        return input is not null && IsVector(input);
    }

    private static bool IsVector(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsNumber(array.ElementType);
            case INamedTypeSymbol named:
                if (named.IsGenericType && named.TypeArguments.Length == 1 && named.Name is "ReadOnlyMemory" or "Memory"
                    && named.ContainingNamespace?.ToDisplayString() == "System")
                {
                    return IsNumber(named.TypeArguments[0]);
                }

                // Microsoft.Extensions.AI.Embedding and Embedding<T>: a vector computed earlier.
                for (var current = named; current is not null; current = current.BaseType)
                {
                    if (current.Name == "Embedding" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.AI")
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsNumber(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Byte or SpecialType.System_SByte
            or SpecialType.System_Int32 or SpecialType.System_Int16
        || type.Name == "Half";

    // ------------------------------------------------------------------ evaluators

    /// <summary>The lexical evaluators of Microsoft.Extensions.AI.Evaluation.NLP (BLEU, GLEU, F1) compare strings; no model.</summary>
    private static bool IsLexicalEvaluator(IInvocationOperation invocation)
    {
        var receiver = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        var type = receiver is null ? null : OperationOrigins.Strip(receiver).Type;
        return type?.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.AI.Evaluation.NLP";
    }
}

/// <summary>Where a Semantic Kernel function comes from, as far as the enclosing member shows.</summary>
internal enum FunctionOrigin
{
    Unknown,
    Native,
    Prompt,
}

/// <summary>
/// Semantic Kernel: a <c>KernelFunction</c> is a prompt function (it calls a model) or a native one (plain C#). Native:
/// <c>KernelFunctionFactory.CreateFromMethod</c>, <c>kernel.CreateFunctionFromMethod</c>, and the functions of a plugin
/// created from a type or an object (<c>ImportPluginFromType&lt;T&gt;</c>, <c>Plugins.AddFromObject</c>, ...), found
/// through the plugin (<c>plugin["Convert"]</c>) or its name (<c>kernel.InvokeAsync("Units", "Convert")</c>,
/// <c>kernel.Plugins["Units"]["Convert"]</c>, <c>kernel.Plugins.GetFunction("Units", "Convert")</c>).
/// </summary>
internal static class SemanticKernelFunctions
{
    private static readonly HashSet<string> NativePluginFactories = new(StringComparer.Ordinal)
    {
        "ImportPluginFromType", "ImportPluginFromObject", "CreatePluginFromType", "CreatePluginFromObject",
        "AddFromType", "AddFromObject", "CreateFromType", "CreateFromObject",
    };

    private static readonly HashSet<string> PromptPluginFactories = new(StringComparer.Ordinal)
    {
        "ImportPluginFromPromptDirectory", "CreatePluginFromPromptDirectory", "AddFromPromptDirectory",
        "ImportPluginFromPromptDirectoryYaml", "CreatePluginFromPromptDirectoryYaml", "AddFromPromptDirectoryYaml",
        "ImportPluginFromFunctions", "CreatePluginFromFunctions", "AddFromFunctions", "CreateFromFunctions",
        "ImportPluginFromOpenApiAsync", "CreatePluginFromOpenApiAsync", "ImportPluginFromApiManifestAsync",
    };

    public static FunctionOrigin Classify(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var scope = new OperationOrigins(invocation, cancellationToken);
        if (invocation.TargetMethod.ContainingType?.Name == "KernelFunction")
        {
            return invocation.Instance is { } function ? Function(function, scope, 0) : FunctionOrigin.Unknown;
        }

        // Kernel.InvokeAsync(function, ...) or Kernel.InvokeAsync(pluginName, functionName, ...).
        string? pluginName = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.Name == "KernelFunction")
            {
                return Function(argument.Value, scope, 0);
            }

            if (argument.Parameter?.Name == "pluginName")
            {
                pluginName = OperationOrigins.Strip(argument.Value).ConstantValue is { HasValue: true, Value: string name } ? name : null;
            }
        }

        return pluginName is null ? FunctionOrigin.Unknown : PluginNamed(pluginName, scope);
    }

    private static FunctionOrigin Function(IOperation value, OperationOrigins scope, int depth)
    {
        if (depth > 4)
        {
            return FunctionOrigin.Unknown;
        }

        switch (OperationOrigins.Strip(value))
        {
            case IInvocationOperation call when IsSemanticKernel(call.TargetMethod):
                switch (call.TargetMethod.Name)
                {
                    case "CreateFromMethod" or "CreateFunctionFromMethod":
                        return FunctionOrigin.Native;
                    case "CreateFromPrompt" or "CreateFunctionFromPrompt" or "CreateFromPromptYaml" or "CreateFunctionFromPromptYaml":
                        return FunctionOrigin.Prompt;
                    case "GetFunction":
                        var plugin = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "pluginName");
                        return plugin is not null && OperationOrigins.Strip(plugin.Value).ConstantValue is { HasValue: true, Value: string name }
                            ? PluginNamed(name, scope)
                            : FunctionOrigin.Unknown;
                    default:
                        return FunctionOrigin.Unknown;
                }

            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } plugin } indexer when indexer.Property.ContainingType?.Name == "KernelPlugin":
                return Plugin(plugin, scope, depth + 1);
            case ILocalReferenceOperation local:
                return scope.Combine(local.Local, v => Function(v, scope, depth + 1));
            default:
                return FunctionOrigin.Unknown;
        }
    }

    private static FunctionOrigin Plugin(IOperation value, OperationOrigins scope, int depth)
    {
        if (depth > 4)
        {
            return FunctionOrigin.Unknown;
        }

        switch (OperationOrigins.Strip(value))
        {
            case IInvocationOperation call when IsSemanticKernel(call.TargetMethod):
                return NativePluginFactories.Contains(call.TargetMethod.Name) ? FunctionOrigin.Native
                    : PromptPluginFactories.Contains(call.TargetMethod.Name) ? FunctionOrigin.Prompt
                    : FunctionOrigin.Unknown;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer
                when indexer.Arguments.Length == 1 && OperationOrigins.Strip(indexer.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string name }:
                return PluginNamed(name, scope); // kernel.Plugins["Units"]
            case ILocalReferenceOperation local:
                return scope.Combine(local.Local, v => Plugin(v, scope, depth + 1));
            default:
                return FunctionOrigin.Unknown;
        }
    }

    /// <summary>
    /// The plugins this member registers under <paramref name="name"/>: native when at least one native registration
    /// has that name and no prompt registration could have it.
    /// </summary>
    private static FunctionOrigin PluginNamed(string name, OperationOrigins scope)
    {
        var native = false;
        foreach (var call in scope.Invocations())
        {
            if (!IsSemanticKernel(call.TargetMethod))
            {
                continue;
            }

            var isNative = NativePluginFactories.Contains(call.TargetMethod.Name);
            if (!isNative && !PromptPluginFactories.Contains(call.TargetMethod.Name))
            {
                continue;
            }

            var registered = RegisteredName(call);
            if (registered is null ? !isNative : string.Equals(registered, name, StringComparison.Ordinal))
            {
                if (!isNative)
                {
                    return FunctionOrigin.Prompt; // a prompt plugin with this name, or one whose name is not known
                }

                native = true;
            }
        }

        return native ? FunctionOrigin.Native : FunctionOrigin.Unknown;
    }

    /// <summary>The plugin name a registration gives: its pluginName argument, else the type's name (what Semantic Kernel uses).</summary>
    private static string? RegisteredName(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "pluginName" && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return OperationOrigins.Strip(argument.Value).ConstantValue is { HasValue: true, Value: string explicitName } ? explicitName : null;
            }
        }

        var method = call.TargetMethod;
        if (method.Name.EndsWith("FromType", StringComparison.Ordinal) && method.TypeArguments.Length == 1)
        {
            return method.TypeArguments[0].Name;
        }

        if (method.Name.EndsWith("FromObject", StringComparison.Ordinal))
        {
            var target = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "target");
            return target is null ? null : OperationOrigins.Strip(target.Value).Type?.Name;
        }

        return null;
    }

    private static bool IsSemanticKernel(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.SemanticKernel", StringComparison.Ordinal) == true;
}

/// <summary>
/// Microsoft Agent Framework workflows: a run is an AI call when an agent is bound into the workflow. It is not when the
/// member builds the workflow in sight and nothing agent-typed goes into it.
/// </summary>
internal static class AgentWorkflows
{
    public static bool ShowsNoAgent(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var workflow = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name == "Workflow");
        if (workflow is null)
        {
            return false;
        }

        var walk = new Walk(new OperationOrigins(invocation, cancellationToken));
        return walk.Builds(workflow.Value, 0) && !walk.Builders.Any(walk.BuilderLocalTakesAgent);
    }

    private sealed class Walk(OperationOrigins scope)
    {
        private readonly HashSet<ILocalSymbol> _followed = new(SymbolEqualityComparer.Default);

        public HashSet<ILocalSymbol> Builders { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>True when every value that can reach here is built in this member without an agent.</summary>
        public bool Builds(IOperation value, int depth)
        {
            if (depth > 8)
            {
                return false;
            }

            switch (OperationOrigins.Strip(value))
            {
                case ILocalReferenceOperation local:
                    if (!Builders.Add(local.Local))
                    {
                        return true;
                    }

                    var values = scope.ValuesOf(local.Local);
                    return values.Count > 0 && values.All(v => Builds(v, depth + 1));
                case IObjectCreationOperation creation:
                    return creation.Type?.Name == "WorkflowBuilder" && creation.Initializer is null && creation.Arguments.All(a => NoAgent(a.Value, depth + 1));
                case IInvocationOperation call:
                    var type = call.TargetMethod.ContainingType;
                    if (type?.ContainingNamespace?.ToDisplayString() != "Microsoft.Agents.AI.Workflows" || type.Name == "AgentWorkflowBuilder")
                    {
                        return false; // a workflow from elsewhere, or built from agents
                    }

                    // builder.AddEdge(a, b).WithOutputFrom(c).Build(): every argument along the chain, and the receiver.
                    var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                    return receiver is not null && call.Arguments.All(a => a.Value == receiver || NoAgent(a.Value, depth + 1)) && Builds(receiver, depth + 1);
                default:
                    return false;
            }
        }

        /// <summary>A builder kept in a local (<c>var builder = new WorkflowBuilder(start); builder.AddEdge(x, agent);</c>): every call on it.</summary>
        public bool BuilderLocalTakesAgent(ILocalSymbol local)
        {
            foreach (var call in scope.Invocations())
            {
                if (call.Instance is { } instance && OperationOrigins.Strip(instance) is ILocalReferenceOperation target
                    && SymbolEqualityComparer.Default.Equals(target.Local, local) && !call.Arguments.All(a => NoAgent(a.Value, 0)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Nothing agent-typed goes into the argument: no agent value (an agent converts implicitly to an executor binding),
        /// and every executor kept in a local was itself made without one. An executor from a parameter or a field may be an agent.
        /// </summary>
        private bool NoAgent(IOperation argument, int depth)
        {
            if (depth > 8)
            {
                return false;
            }

            foreach (var operation in argument.DescendantsAndSelf())
            {
                if (IsAgent(operation.Type) || operation is IConversionOperation { Operand.Type: { } operand } && IsAgent(operand))
                {
                    return false;
                }

                switch (operation)
                {
                    case ILocalReferenceOperation local when IsWorkflowType(local.Type) && _followed.Add(local.Local):
                        var values = scope.ValuesOf(local.Local);
                        if (values.Count == 0 || !values.All(v => NoAgent(v, depth + 1)))
                        {
                            return false;
                        }

                        break;
                    case IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation when IsWorkflowType(operation.Type):
                        return false;
                }
            }

            return true;
        }
    }

    private static bool IsWorkflowType(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() == "Microsoft.Agents.AI.Workflows"
        || type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(IsWorkflowType)
        || type is IArrayTypeSymbol array && IsWorkflowType(array.ElementType);

    private static bool IsAgent(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return IsAgent(array.ElementType);
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.Name == "AIAgent" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.Agents.AI")
            {
                return true;
            }

            if (current.IsGenericType && current.TypeArguments.Any(IsAgent))
            {
                return true;
            }
        }

        return false;
    }
}
