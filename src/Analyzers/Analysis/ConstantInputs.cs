using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// "No one's data, no consent duty": does an AI call send only what the code itself wrote? Every input must be a
/// compile-time constant, or built only from constants: through locals (every value they get and every content added to
/// them), string interpolation and concatenation of constants, arrays and collection expressions, and the SDKs' message
/// and option types built from constants. Numbers, flags, enums and cancellation tokens are settings, not data. A
/// parameter, a field (a <c>const</c> is a constant; a <c>static readonly</c> field is not), the result of another
/// call, a delegate (a tool) or anything the member does not show is not constant. A client (the SDK object that makes
/// the call: an <c>IChatClient</c>, a <c>Kernel</c>) is not data either. The receiver of a catalog call is the
/// client, not an input, unless it keeps a conversation (<see cref="AiCompilationContext.IsConversationState"/>); the
/// receiver of an [AiFeature] instance member is an input (its state is the feature's).
/// </summary>
internal sealed class ConstantInputs
{
    private const int MaxDepth = 12;

    private readonly AiCompilationContext _context;
    private readonly OperationOrigins _scope;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ILocalSymbol, bool> _locals = new(SymbolEqualityComparer.Default);
    private readonly IOperation _call;
    private readonly bool _inOrder;

    private ConstantInputs(AiCompilationContext context, IOperation inside, CancellationToken cancellationToken)
    {
        _context = context;
        _scope = new OperationOrigins(inside, cancellationToken);
        _cancellationToken = cancellationToken;
        _call = inside;
        _inOrder = !OperationPaths.InsideFunction(inside);
    }

    /// <summary>
    /// Code that runs only after the call: written after it, outside every loop that holds the call, and not in a local
    /// function (which may be called from anywhere). What a local is given or how it is used there cannot have reached
    /// the call (<c>session</c> used with a constant question, then saved, then restored from a file and used again).
    /// Not decided for a call inside a lambda or local function: it may run after anything that follows it.
    /// </summary>
    private bool RunsOnlyAfterCall(IOperation operation)
    {
        if (!_inOrder || operation.Syntax.SyntaxTree != _call.Syntax.SyntaxTree || operation.Syntax.SpanStart < _call.Syntax.Span.End
            || OperationPaths.InsideFunction(operation))
        {
            return false;
        }

        for (var current = _call.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation loop && loop.Syntax.Span.Contains(operation.Syntax.Span))
            {
                return false; // the next iteration runs the call again, after it
            }
        }

        return true;
    }

    /// <summary>
    /// Code whose effect on <paramref name="local"/> cannot reach the call: it runs only after the call
    /// (<see cref="RunsOnlyAfterCall"/>), or before a statement that always runs on the way to the call and gives the
    /// local a new value (<c>session = await agent.CreateSessionAsync();</c>).
    /// </summary>
    private bool CannotReachCall(IOperation operation, ILocalSymbol local) =>
        RunsOnlyAfterCall(operation) || ReassignedBeforeCall(operation, local);

    private bool ReassignedBeforeCall(IOperation operation, ILocalSymbol local)
    {
        if (!_inOrder || operation.Syntax.SyntaxTree != _call.Syntax.SyntaxTree || operation.Syntax.Span.End > _call.Syntax.SpanStart
            || OperationPaths.InsideFunction(operation))
        {
            return false;
        }

        for (var current = _call.Parent; current is not null; current = current.Parent)
        {
            if (current is not IBlockOperation block)
            {
                continue;
            }

            foreach (var statement in block.Operations)
            {
                if (statement.Syntax.SpanStart >= _call.Syntax.SpanStart)
                {
                    break;
                }

                if (statement.Syntax.SpanStart >= operation.Syntax.Span.End && statement is IExpressionStatementOperation
                    {
                        Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation target }
                    } && SymbolEqualityComparer.Default.Equals(target.Local, local))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when every input of <paramref name="invocation"/> (from the original operation tree) is constant-built.</summary>
    public static bool OnlyConstants(AiCompilationContext context, IInvocationOperation invocation, AiCallInfo call, CancellationToken cancellationToken) =>
        new ConstantInputs(context, invocation, cancellationToken).CallInputsAreConstant(invocation, call, excluded: null, 0);

    private bool CallInputsAreConstant(IInvocationOperation invocation, AiCallInfo call, ILocalSymbol? excluded, int depth)
    {
        var method = invocation.TargetMethod;
        var receiver = invocation.Instance;
        var arguments = invocation.Arguments.AsEnumerable();
        if (receiver is null && method.IsExtensionMethod && invocation.Arguments.Length > 0)
        {
            receiver = invocation.Arguments[0].Value;
            arguments = arguments.Skip(1);
        }

        if (receiver is not null && (BuiltWithTools(receiver) || ReceiverIsInput(receiver, call) && !IsConstant(receiver, excluded, depth)))
        {
            return false;
        }

        return arguments.All(a => IsConstant(a.Value, excluded, depth));
    }

    /// <summary>
    /// The receiver of a catalog call is the client, not an input; except a receiver that keeps a conversation, and a
    /// function (it carries its prompt). The receiver of an [AiFeature] instance member is the feature's state.
    /// </summary>
    private bool ReceiverIsInput(IOperation receiver, AiCallInfo call)
    {
        var type = Strip(receiver).Type;
        return call.Origin != AiCallOrigin.Catalog || _context.IsConversationState(type) || IsToolLike(type);
    }

    /// <summary>An agent the member builds with tools that may read data: what they fetch is input the code does not show.</summary>
    private bool BuiltWithTools(IOperation receiver) =>
        Strip(receiver) is ILocalReferenceOperation local && _scope.ValuesOf(local.Local).Any(v => !RunsOnlyAfterCall(v) && HasToolArgument(v));

    /// <summary>
    /// An agent created with tools (<c>chat.AsAIAgent(instructions: "…", tools: [...])</c>, or <c>Tools = [...]</c> in the
    /// options it is built with), unless every tool is a stub that reads no data (<see cref="ToolReadsNoData"/>).
    /// </summary>
    private bool HasToolArgument(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            var tools = operation switch
            {
                IArgumentOperation { ArgumentKind: not ArgumentKind.DefaultValue } argument when IsToolLike(argument.Parameter?.Type) => argument.Value,
                ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment when IsToolLike(member.Type) => assignment.Value,
                _ => null,
            };
            if (tools is not null && !tools.ConstantValue.HasValue && !ToolReadsNoData(tools, null, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tools and functions a model may call (AITool, AIFunction, ChatTool, KernelFunction, KernelPlugin,
    /// FunctionChoiceBehavior...), or collections of them. Not the content and contexts of a call (FunctionCallContent,
    /// FunctionInvocationContext) nor delegates that receive them (middleware).
    /// </summary>
    private static bool IsToolLike(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return IsToolLike(array.ElementType);
        }

        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Delegate)
        {
            return false;
        }

        if (named.IsGenericType && named.TypeArguments.Any(IsToolLike))
        {
            return true; // IList<AITool>, IEnumerable<KernelFunction>
        }

        if (!AiCompilationContext.IsAiSdkNamespace(named.ContainingNamespace?.ToDisplayString() ?? string.Empty))
        {
            return false;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            var name = current.Name;
            if (name.EndsWith("Tool", StringComparison.Ordinal) || name.EndsWith("Function", StringComparison.Ordinal)
                || name.EndsWith("Plugin", StringComparison.Ordinal) || name is "FunctionChoiceBehavior" or "KernelPluginCollection")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsConstant(IOperation value, ILocalSymbol? excluded, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth)
        {
            return false;
        }

        if (value.ConstantValue.HasValue || IsSetting(value.Type))
        {
            return true;
        }

        if (IsToolLike(value.Type))
        {
            // Tools (functions the model may call) fetch data the code does not show, unless each is a stub the member
            // can read; a Semantic Kernel function carries a prompt.
            return ToolReadsNoData(value, excluded, depth);
        }

        if (_context.IsAiClient(value.Type))
        {
            return true;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                return IsConstant(conversion.Operand, excluded, depth + 1);
            case IAwaitOperation awaited:
                return IsConstant(awaited.Operation, excluded, depth + 1);
            case IDefaultValueOperation or ITypeOfOperation or INameOfOperation or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                return true;
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.All(part => part is IInterpolatedStringTextOperation
                    || part is IInterpolationOperation interpolation && IsConstant(interpolation.Expression, excluded, depth + 1));
            case IBinaryOperation binary:
                return IsConstant(binary.LeftOperand, excluded, depth + 1) && IsConstant(binary.RightOperand, excluded, depth + 1);
            case IConditionalOperation conditional:
                // DEBUG ? "short" : "long" is a constant; stars >= 4 ? "warm" : "apologetic" tells something about the
                // value it tests, so the test must be built from constants too (not a parameter, even a flag).
                return conditional.WhenFalse is not null && IsPureConstant(conditional.Condition)
                       && IsConstant(conditional.WhenTrue, excluded, depth + 1) && IsConstant(conditional.WhenFalse, excluded, depth + 1);
            case ICoalesceOperation coalesce:
                return IsConstant(coalesce.Value, excluded, depth + 1) && IsConstant(coalesce.WhenNull, excluded, depth + 1);
            case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } localFunction:
                // A local function's parameter: constant when every call of it in the member passes a constant.
                return LocalFunctionArgumentsAreConstant(localFunction, parameter.Parameter, depth + 1);
            case IArrayCreationOperation array:
                return array.Initializer is null || array.Initializer.ElementValues.All(e => IsConstant(e, excluded, depth + 1));
            case IObjectCreationOperation creation:
                return creation.Arguments.All(a => IsConstant(a.Value, excluded, depth + 1))
                       && (creation.Initializer is null || InitializerIsConstant(creation.Initializer, excluded, depth + 1));
            case IAnonymousObjectCreationOperation anonymous:
                return anonymous.Initializers.All(i => IsConstant(i is ISimpleAssignmentOperation a ? a.Value : i, excluded, depth + 1));
            case ILocalReferenceOperation local:
                return SymbolEqualityComparer.Default.Equals(local.Local, excluded) || LocalIsConstant(local.Local, depth + 1);
            case IFieldReferenceOperation { Instance: null } field:
                return IsSdkValue(field.Field); // a const field has a constant value; a static readonly one is not a constant
            case IPropertyReferenceOperation { Instance: null } property:
                return IsSdkValue(property.Property); // ChatRole.User, ChatResponseFormat.Json
            case IInvocationOperation invocation:
                return InvocationIsConstant(invocation, excluded, depth + 1);
            default:
                // Collection expressions ([..]), spreads and other shapes: constant when every child is.
                return value.Kind.ToString() is "CollectionExpression" or "Spread"
                       && value.ChildOperations.All(child => IsConstant(child, excluded, depth + 1));
        }
    }

    /// <summary>
    /// A tool, or tools, that read no data: <c>AIFunctionFactory.Create(GetWeather)</c> over a method or lambda of this
    /// code whose body works only on its arguments, constants, the clock and random numbers (<see cref="ToolBodies"/>),
    /// wrapped or not in <c>ApprovalRequiredAIFunction</c>, alone or in an array, list or collection expression, directly
    /// or through a local. Any other tool (an MCP server's, a hosted one, a plugin, a Semantic Kernel function, a
    /// <c>FunctionChoiceBehavior</c> that offers the kernel's plugins) may fetch data.
    /// </summary>
    private bool ToolReadsNoData(IOperation value, ILocalSymbol? excluded, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (Strip(value))
        {
            case IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true, ContainingType.Name: "AIFunctionFactory" } factory } create
                when _context.IsAiSdkNamespace(factory.ContainingType.ContainingNamespace):
                return create.Arguments.All(a => a.ArgumentKind == ArgumentKind.DefaultValue
                                                 || (a.Parameter?.Type is { Name: "Delegate" } or { TypeKind: TypeKind.Delegate }
                                                     ? DelegateReadsNoData(a.Value)
                                                     : IsConstant(a.Value, excluded, depth + 1)));
            case IObjectCreationOperation { Type.Name: "ApprovalRequiredAIFunction" } wrapper when _context.IsAiSdkNamespace(wrapper.Type!.ContainingNamespace):
                return wrapper.Arguments.All(a => ToolReadsNoData(a.Value, excluded, depth + 1));
            case IArrayCreationOperation array:
                return array.Initializer is not null && array.Initializer.ElementValues.All(e => ToolReadsNoData(e, excluded, depth + 1));
            case IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer }:
                return initializer.Initializers.All(i => i is IInvocationOperation add && add.Arguments.All(a => ToolReadsNoData(a.Value, excluded, depth + 1)));
            case ILocalReferenceOperation local:
                return SymbolEqualityComparer.Default.Equals(local.Local, excluded) || LocalIsConstant(local.Local, depth + 1);
            case { } collection when collection.Kind.ToString() is "CollectionExpression":
                return collection.ChildOperations.All(e => ToolReadsNoData(e, excluded, depth + 1));
            default:
                return false;
        }
    }

    /// <summary>A method group or lambda whose body reads no data (<see cref="AiCompilationContext.ToolReadsNoData"/>).</summary>
    private bool DelegateReadsNoData(IOperation value) => Strip(value) switch
    {
        IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var method } } => _context.ToolReadsNoData(method, _cancellationToken),
        IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => ToolBodies.ReadsNoData(lambda.Symbol, lambda.Body, _cancellationToken),
        IAnonymousFunctionOperation lambda => ToolBodies.ReadsNoData(lambda.Symbol, lambda.Body, _cancellationToken),
        _ => false,
    };

    /// <summary>Built from literals and <c>const</c> values alone (no parameter, field, call or local).</summary>
    private static bool IsPureConstant(IOperation operation) =>
        operation.ConstantValue.HasValue
        || operation is IUnaryOperation or IBinaryOperation or IConversionOperation && operation.ChildOperations.All(IsPureConstant);

    private bool LocalFunctionArgumentsAreConstant(IMethodSymbol localFunction, IParameterSymbol parameter, int depth)
    {
        var calls = 0;
        foreach (var operation in _scope.Operations)
        {
            switch (operation)
            {
                case IInvocationOperation call when SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, localFunction.OriginalDefinition):
                    calls++;
                    var argument = call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition));
                    if (argument is null || !IsConstant(argument.Value, null, depth))
                    {
                        return false;
                    }

                    break;
                case IMethodReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Method.OriginalDefinition, localFunction.OriginalDefinition):
                    return false; // a delegate to it may be called with anything
            }
        }

        return calls > 0;
    }

    private bool InitializerIsConstant(IObjectOrCollectionInitializerOperation initializer, ILocalSymbol? excluded, int depth)
    {
        foreach (var element in initializer.Initializers)
        {
            var ok = element switch
            {
                ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member.Name: var setting } } when IsSettingMember(setting) => true,
                ISimpleAssignmentOperation assignment => IsConstant(assignment.Value, excluded, depth),
                IMemberInitializerOperation member => InitializerIsConstant(member.Initializer, excluded, depth),
                IInvocationOperation add => add.Arguments.All(a => IsConstant(a.Value, excluded, depth)), // collection initializer
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// String helpers of the BCL and the SDKs' static factories (<c>ChatMessage.CreateUserMessage("…")</c>) over constants,
    /// and a fresh agent session (<c>agent.CreateSessionAsync()</c>): what they return holds nothing the code did not write.
    /// </summary>
    private bool InvocationIsConstant(IInvocationOperation invocation, ILocalSymbol? excluded, int depth)
    {
        var method = invocation.TargetMethod;
        if (_context.GetAiCall(method) is not null)
        {
            return false; // AI output is not a constant
        }

        var type = method.ContainingType;
        var ns = type?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var isString = type?.SpecialType == SpecialType.System_String || type is { Name: "StringBuilder" } && ns == "System.Text"
                       || type is { Name: "BinaryData" } && ns == "System";
        var isSdk = AiCompilationContext.IsAiSdkNamespace(ns);
        if (!isString && !isSdk)
        {
            return false;
        }

        if (isSdk && !method.IsStatic)
        {
            // An instance member of an SDK object returns what that object holds; a new, empty session holds nothing.
            return IsFreshSession(method) && invocation.Arguments.All(a => IsConstant(a.Value, excluded, depth));
        }

        return (invocation.Instance is null || IsConstant(invocation.Instance, excluded, depth))
               && invocation.Arguments.All(a => IsConstant(a.Value, excluded, depth));
    }

    /// <summary>Serialize…, Get… and TryGet… members of the SDKs read what they are given; they do not fill it.</summary>
    private bool IsSdkRead(IMethodSymbol method) =>
        (method.Name.StartsWith("Serialize", StringComparison.Ordinal) || method.Name.StartsWith("Get", StringComparison.Ordinal)
         || method.Name.StartsWith("TryGet", StringComparison.Ordinal))
        && _context.IsAiSdkNamespace(method.ContainingType?.ContainingNamespace);

    /// <summary>
    /// Which model to use, and the continuation token of a run already sent (it resumes it; it sends nothing new):
    /// configuration, not data.
    /// </summary>
    private static bool IsSettingMember(string name) => name is "ModelId" or "Model" or "ContinuationToken";

    /// <summary>
    /// A new, empty session (<c>agent.CreateSessionAsync()</c>), and a session saved and restored
    /// (<c>SerializeSessionAsync(session)</c>, <c>DeserializeSessionAsync(saved)</c>): it holds what its source held.
    /// </summary>
    private static bool IsFreshSession(IMethodSymbol method) =>
        method.Name is "CreateSessionAsync" or "GetNewSession" or "GetNewSessionAsync" or "GetNewThread" or "GetNewThreadAsync"
            or "SerializeSessionAsync" or "DeserializeSessionAsync" or "SerializeSession" or "DeserializeSession";

    /// <summary>
    /// A local is constant-built when every value it is given is, and every use of it keeps it so: content added to it
    /// (<c>history.AddUserMessage("…")</c>, <c>options.Instructions = "…"</c>) is constant-built, and it is only passed to
    /// AI calls whose other inputs are constant-built too. Passed anywhere else, it may be filled with anything.
    /// </summary>
    private bool LocalIsConstant(ILocalSymbol local, int depth)
    {
        if (_locals.TryGetValue(local, out var known))
        {
            return known;
        }

        _locals[local] = true; // optimistic for cycles (a history passed to calls that add to it)
        var values = _scope.ValuesOf(local); // empty when it is also written in a way not followed (out, ref, deconstruction)
        var result = _scope.Declares(local) && values.Count > 0 && values.All(v => CannotReachCall(v, local) || IsConstant(v, null, depth))
                     && (IsImmutable(local.Type) || _scope.ReferencesTo(local).All(r => CannotReachCall(r, local) || UseKeepsConstant(r, local, depth)));
        _locals[local] = result;
        return result;
    }

    /// <summary>Strings, values and a single tool cannot be filled through another reference: only the values given to the local matter.</summary>
    private static bool IsImmutable(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_String || type.IsValueType || type is INamedTypeSymbol { IsGenericType: false } && IsToolLike(type);

    private bool UseKeepsConstant(ILocalReferenceOperation reference, ILocalSymbol local, int depth)
    {
        IOperation use = reference;
        var parent = use.Parent;
        while (parent is IConversionOperation)
        {
            use = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == use:
                return true; // written here: the values are checked
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation copy } assignment when assignment.Value == use:
                return LocalIsConstant(copy.Local, depth); // an alias: what is added through it counts
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return LocalIsConstant(declarator.Symbol, depth);
            case IArgumentOperation { Parent: IInvocationOperation call } argument:
                if (_context.GetAiCall(call.TargetMethod) is { } aiCall)
                {
                    return CallInputsAreConstant(call, aiCall, local, depth);
                }

                // An SDK member that only reads it (agent.SerializeSessionAsync(session), session.TryGet...(out ...)).
                if (IsSdkRead(call.TargetMethod))
                {
                    return true;
                }

                // An extension method on the local (history.AddUserMessage("…") as an extension): the other arguments.
                return call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument
                       && call.Arguments.Skip(1).All(a => IsConstant(a.Value, local, depth));
            case IInvocationOperation call when call.Instance == use:
                // history.AddUserMessage("…"), messages.Add(new ChatMessage(...)), builder.Append("…")
                return call.Arguments.All(a => IsConstant(a.Value, local, depth));
            case IMemberReferenceOperation member when member.Instance == use:
                return MemberUseKeepsConstant(member, local, depth);
            case IForEachLoopOperation or IAwaitOperation or IIsPatternOperation or IIsTypeOperation
                or IBinaryOperation or IUnaryOperation or IInterpolationOperation or IReturnOperation:
                return true; // read, not filled
            default:
                return false;
        }
    }

    /// <summary><c>options.Instructions = "…"</c>, <c>history.Messages.Add(...)</c>, <c>messages.Count</c>.</summary>
    private bool MemberUseKeepsConstant(IMemberReferenceOperation member, ILocalSymbol local, int depth)
    {
        switch (member.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == member:
                return IsSettingMember(member.Member.Name) || IsConstant(assignment.Value, local, depth);
            case ICompoundAssignmentOperation or ICoalesceAssignmentOperation:
                return false;
            case IInvocationOperation call when call.Instance == member:
                return call.Arguments.All(a => IsConstant(a.Value, local, depth));
            case IMemberReferenceOperation nested when nested.Instance == member:
                return MemberUseKeepsConstant(nested, local, depth);
            default:
                return true; // a read
        }
    }

    /// <summary>A static member of an SDK type (<c>ChatRole.User</c>): a well-known value, not anyone's data.</summary>
    private static bool IsSdkValue(ISymbol member) =>
        member.ContainingType is { } type && AiCompilationContext.IsAiSdkNamespace(type.ContainingNamespace?.ToDisplayString() ?? string.Empty)
        && (member is IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true } || member is IPropertySymbol { SetMethod: null });

    /// <summary>Numbers, flags, enums, time spans and cancellation tokens configure a call; they carry no one's data.</summary>
    private static bool IsSetting(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is not null && (type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_SByte
            or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
            or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single
            or SpecialType.System_Double or SpecialType.System_Decimal
            || type.Name is "CancellationToken" or "TimeSpan" && type.ContainingNamespace?.ToDisplayString() is "System" or "System.Threading");
    }

    private static IOperation Strip(IOperation operation) => operation is IConversionOperation conversion ? Strip(conversion.Operand) : operation;
}
