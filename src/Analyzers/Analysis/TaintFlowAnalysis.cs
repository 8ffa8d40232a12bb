using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>Where AI output leaves (RAI1003) or reaches a decision (RAI1004).</summary>
internal enum SinkKind
{
    Return,
    YieldReturn,
    Store,
    Output,
    ReviewRequired,
}

/// <summary>A tainted value at a sink: the value's operation, what it carries, and how it leaves.</summary>
/// <param name="Target">The member or API it leaves through, for the message.</param>
internal readonly record struct TaintedSink(IOperation Value, TaintValue Taint, SinkKind Kind, string Target);

/// <summary>
/// The source → sanitizer → sink analysis behind RAI1003 and RAI1004, on the shared <see cref="ForwardFlowAnalysis{TState}"/> core.
/// <para>
/// Sources: results of AI calls (content when the feature generates content; every AI result is unreviewed output),
/// and everything derived from them: members, <c>ToString()</c>, string operations, interpolation, collections and
/// builders filled with them, items of streams (<c>await foreach</c> reads <c>Current</c> of a tainted enumerator).
/// Numbers, booleans, enums and similar values carry no content but still carry unreviewed output (a moderation
/// verdict drives decisions). Sanitizers: disclosure methods (AiGenerated.Create, [AiDisclosure], 'disclosure' lines)
/// remove Content; review methods ([HumanReview], 'human-review' lines) remove Unreviewed.
/// Sinks: see <see cref="SinkKind"/>.
/// </para>
/// </summary>
internal sealed class TaintFlowAnalysis : ForwardFlowAnalysis<TaintState>
{
    private readonly AiCompilationContext _context;
    private readonly bool _rootReturnIsSink;
    private readonly List<TaintedSink> _sinks = new();
    private readonly Dictionary<IOperation, TaintValue> _memo = new();
    private ControlFlowGraph? _root;
    private HashSet<ControlFlowGraph> _sinkReturningLambdas = new();

    private TaintFlowAnalysis(AiCompilationContext context, bool rootReturnIsSink, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _context = context;
        _rootReturnIsSink = rootReturnIsSink;
    }

    /// <summary>Runs the analysis over a member's graph. <paramref name="returnIsSink"/>: false inside an [AiFeature] member.</summary>
    public static IReadOnlyList<TaintedSink> Run(ControlFlowGraph graph, bool returnIsSink, AiCompilationContext context, CancellationToken cancellationToken)
    {
        var analysis = new TaintFlowAnalysis(context, returnIsSink, cancellationToken) { _root = graph };
        analysis.Analyze(graph, TaintState.Empty);
        return analysis._sinks;
    }

    /// <inheritdoc/>
    protected override TaintState Meet(TaintState a, TaintState b) => TaintState.Meet(a, b);

    /// <inheritdoc/>
    protected override bool SameState(TaintState a, TaintState b) => a.SameAs(b);

    /// <inheritdoc/>
    protected override TaintState AtHandlerEntry(TaintState atTryEntry) => atTryEntry;

    /// <inheritdoc/>
    protected override TaintState AtLambdaEntry(TaintState atCreation) => atCreation;

    /// <inheritdoc/>
    protected override TaintState AtLocalFunctionEntry(TaintState atCallSites) => atCallSites;

    /// <inheritdoc/>
    protected override TaintState LocalFunctionStart => TaintState.Empty; // least fixpoint: nothing tainted until a call site says so

    /// <inheritdoc/>
    protected override void OnRoundStart() => _sinks.Clear();

    /// <inheritdoc/>
    protected override void Transfer(BasicBlock block, TaintState input, out TaintState fallThrough, out TaintState? conditional)
    {
        _memo.Clear();
        var state = input.Values.ToBuilder();
        foreach (var operation in block.Operations)
        {
            Walk(operation, state);
        }

        if (block.BranchValue is { } branchValue)
        {
            Walk(branchValue, state);
            if (Recording && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return && ReturnIsSink())
            {
                var taint = Evaluate(branchValue, state);
                if (taint.Has(TaintKinds.Content))
                {
                    _sinks.Add(new TaintedSink(branchValue, taint, SinkKind.Return, "the return value"));
                }
            }
        }

        fallThrough = new TaintState(state.ToImmutable());
        conditional = block.ConditionKind == ControlFlowConditionKind.None ? null : fallThrough;
    }

    private bool ReturnIsSink() =>
        ReferenceEquals(CurrentGraph, _root) ? _rootReturnIsSink : _sinkReturningLambdas.Contains(CurrentGraph);

    private void Walk(IOperation operation, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        if (operation is IFlowAnonymousFunctionOperation lambda)
        {
            if (Recording && IsEndpointHandler(lambda))
            {
                _sinkReturningLambdas.Add(CurrentGraph.GetAnonymousFunctionControlFlowGraph(lambda, CancellationToken));
            }

            RecordLambda(CurrentGraph, lambda, new TaintState(state.ToImmutable()));
            return;
        }

        foreach (var child in operation.ChildOperations)
        {
            Walk(child, state);
        }

        switch (operation)
        {
            case IFlowCaptureOperation capture:
                Set(state, TaintState.Key(capture.Id), Evaluate(capture.Value, state) with { Fresh = IsFresh(capture.Value, state) });
                break;
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, assignment.Value, Evaluate(assignment.Value, state), replace: true, state);
                break;
            case ICompoundAssignmentOperation compound:
                Assign(compound.Target, compound.Value, TaintValue.Union(Evaluate(compound.Target, state), Evaluate(compound.Value, state)), replace: true, state);
                break;
            case ICoalesceAssignmentOperation coalesce:
                Assign(coalesce.Target, coalesce.Value, TaintValue.Union(Evaluate(coalesce.Target, state), Evaluate(coalesce.Value, state)), replace: true, state);
                break;
            case IInvocationOperation invocation:
                VisitCall(invocation.TargetMethod, invocation.Instance, invocation.Arguments, state);
                if (invocation.TargetMethod.MethodKind == MethodKind.LocalFunction)
                {
                    RecordLocalFunctionUse(invocation.TargetMethod, new TaintState(state.ToImmutable()));
                }

                break;
            case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                VisitCall(constructor, null, creation.Arguments, state);
                break;
            case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                RecordLocalFunctionUse(reference.Method, new TaintState(state.ToImmutable()));
                break;
            case IReturnOperation { Kind: OperationKind.YieldReturn, ReturnedValue: { } yielded } when Recording && ReturnIsSink():
                var taint = Evaluate(yielded, state);
                if (taint.Has(TaintKinds.Content))
                {
                    _sinks.Add(new TaintedSink(yielded, taint, SinkKind.YieldReturn, "yield return"));
                }

                break;
        }
    }

    /// <summary>An assignment: tracks locals; a store into an object that outlives the method is a sink.</summary>
    private void Assign(IOperation target, IOperation valueOperation, TaintValue value, bool replace, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                Set(state, local.Local, value with { Fresh = IsFresh(valueOperation, state) });
                return;
            case IParameterReferenceOperation parameter:
                Set(state, parameter.Parameter, value with { Fresh = false });
                return;
            case IPropertyReferenceOperation:
            case IFieldReferenceOperation:
            case IArrayElementReferenceOperation:
                if (target is IPropertyReferenceOperation property && _context.RequiresReview(property.Property))
                {
                    // A decision target (a grade, a moderation action): RAI1004's business, not a publication.
                    if (Recording && value.Has(TaintKinds.Unreviewed))
                    {
                        _sinks.Add(new TaintedSink(valueOperation, value, SinkKind.ReviewRequired, "'" + Display(property.Property) + "'"));
                    }

                    return;
                }

                var member = target as IMemberReferenceOperation;
                var instance = member?.Instance ?? (target as IArrayElementReferenceOperation)?.ArrayReference;
                var holder = instance is null ? null : KeyOf(instance);
                if (holder is not null && state.TryGetValue(holder, out var holderTaint) && holderTaint.Fresh)
                {
                    // Building an object created in this method (a DTO, a view model): it now carries the taint.
                    state[holder] = TaintValue.Union(holderTaint, value) with { Fresh = true };
                    return;
                }

                if (Recording && value.Has(TaintKinds.Content))
                {
                    _sinks.Add(new TaintedSink(valueOperation, value, SinkKind.Store, member is null ? "an array element" : "'" + Display(member.Member) + "'"));
                }

                if (holder is not null && value.Kinds != TaintKinds.None)
                {
                    state[holder] = TaintValue.Union(state.TryGetValue(holder, out var existing) ? existing : TaintValue.Clean, value);
                }

                return;
        }
    }

    /// <summary>A call or constructor: output sinks, review-required parameters, and receivers filled with tainted values.</summary>
    private void VisitCall(IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        string? output = null;
        var checkedOutput = false;
        var argumentTaint = TaintValue.Clean;
        foreach (var argument in arguments)
        {
            var taint = Evaluate(argument.Value, state);
            if (taint.Kinds == TaintKinds.None)
            {
                continue;
            }

            argumentTaint = TaintValue.Union(argumentTaint, taint);
            if (!Recording)
            {
                continue;
            }

            if (argument.Parameter is { } parameter && taint.Has(TaintKinds.Unreviewed) && _context.RequiresReview(parameter))
            {
                _sinks.Add(new TaintedSink(argument.Value, taint, SinkKind.ReviewRequired, "parameter '" + parameter.Name + "' of '" + Display(method) + "'"));
            }

            if (!checkedOutput)
            {
                output = _context.GetOutputSink(method);
                checkedOutput = true;
            }

            if (output is not null && taint.Has(TaintKinds.Content))
            {
                _sinks.Add(new TaintedSink(argument.Value, taint, SinkKind.Output, "'" + Display(method) + "' (" + output + ")"));
            }
        }

        // list.Add(text), builder.Append(text), messages.Add(message): the receiver now holds AI output.
        if (argumentTaint.Kinds != TaintKinds.None && instance is not null && KeyOf(instance) is { } receiver
            && !_context.IsDisclosure(method) && !_context.IsHumanReview(method) && CanHold(instance.Type))
        {
            var existing = state.TryGetValue(receiver, out var current) ? current : TaintValue.Clean;
            state[receiver] = TaintValue.Union(existing, argumentTaint) with { Fresh = existing.Fresh };
        }
    }

    private static void Set(ImmutableDictionary<object, TaintValue>.Builder state, object key, TaintValue value)
    {
        if (value.Kinds == TaintKinds.None && !value.Fresh)
        {
            state.Remove(key);
        }
        else
        {
            state[key] = value;
        }
    }

    private static object? KeyOf(IOperation operation) => Strip(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFlowCaptureReferenceOperation capture => TaintState.Key(capture.Id),
        _ => null,
    };

    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private bool IsFresh(IOperation value, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        value = Strip(value);
        return value.Kind is OperationKind.ObjectCreation or OperationKind.AnonymousObjectCreation or OperationKind.ArrayCreation
                   or OperationKind.TypeParameterObjectCreation
               || value.Kind.ToString() == "CollectionExpression"
               || (KeyOf(value) is { } key && state.TryGetValue(key, out var known) && known.Fresh);
    }

    // ------------------------------------------------------------------ value taint

    private TaintValue Evaluate(IOperation operation, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        if (_memo.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var value = Filter(EvaluateCore(operation, state), operation.Type);
        _memo[operation] = value;
        return value;
    }

    private TaintValue EvaluateCore(IOperation operation, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        if (operation.ConstantValue.HasValue)
        {
            return TaintValue.Clean;
        }

        switch (operation)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation:
                return state.TryGetValue(KeyOf(operation)!, out var known) ? known with { Fresh = false } : TaintValue.Clean;
            case IInvocationOperation invocation:
                return Call(invocation.TargetMethod, invocation, invocation.Instance, invocation.Arguments, state);
            case IObjectCreationOperation creation:
                return creation.Constructor is { } constructor ? Call(constructor, creation, null, creation.Arguments, state) : Children(operation, state);
            case IPropertyReferenceOperation property:
                if (_context.GetAiCall(property.Property) is { } propertyCall)
                {
                    return Source(operation, propertyCall);
                }

                return Member(property.Instance, state, property.Arguments);
            case IFieldReferenceOperation field:
                return Member(field.Instance, state, default);
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference, state);
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, state);
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, state);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value, state);
            case IFlowAnonymousFunctionOperation or IDelegateCreationOperation or IInstanceReferenceOperation or IDefaultValueOperation
                or ITypeOfOperation or ISizeOfOperation or INameOfOperation or IIsTypeOperation or IDeclarationExpressionOperation:
                return TaintValue.Clean;
            default:
                // Strings built from parts (+, interpolation, arrays, tuples, anonymous objects...): the union of the parts.
                return Children(operation, state);
        }
    }

    private TaintValue Children(IOperation operation, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        var result = TaintValue.Clean;
        foreach (var child in operation.ChildOperations)
        {
            result = TaintValue.Union(result, Evaluate(child, state));
        }

        return result;
    }

    private TaintValue Member(IOperation? instance, ImmutableDictionary<object, TaintValue>.Builder state, ImmutableArray<IArgumentOperation> arguments)
    {
        if (instance is null)
        {
            return TaintValue.Clean;
        }

        var taint = Evaluate(instance, state);
        if (_context.IsAiGenerated(instance.Type))
        {
            taint = taint.Without(TaintKinds.Content); // the value inside a disclosure wrapper was disclosed by the wrapper
        }

        return taint;
    }

    private TaintValue Call(IMethodSymbol method, IOperation call, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return TaintValue.Clean;
        }

        if (_context.GetAiCall(method) is { } ai)
        {
            return Source(call, ai);
        }

        var inputs = instance is null ? TaintValue.Clean : Member(instance, state, default);
        foreach (var argument in arguments)
        {
            inputs = TaintValue.Union(inputs, Evaluate(argument.Value, state));
        }

        if (_context.IsDisclosure(method))
        {
            inputs = inputs.Without(TaintKinds.Content);
        }

        if (_context.IsHumanReview(method))
        {
            inputs = inputs.Without(TaintKinds.Unreviewed);
        }

        if (inputs.Has(TaintKinds.Content) && _context.GetOutputSink(method) is not null)
        {
            inputs = inputs.Without(TaintKinds.Content); // reported at the argument; the result (Ok(...), a Task) is not reported again
        }

        return inputs;
    }

    private static TaintValue Source(IOperation call, AiCallInfo info) =>
        new(TaintKinds.Unreviewed | (info.GeneratesContent ? TaintKinds.Content : TaintKinds.None), new AiSource(call.Syntax, info), false);

    /// <summary>Keeps what a value of this type can carry: no content in numbers, flags, enums, dates or disclosed wrappers.</summary>
    private TaintValue Filter(TaintValue taint, ITypeSymbol? type)
    {
        if (taint.Kinds == TaintKinds.None || type is null)
        {
            return taint;
        }

        if (type.SpecialType == SpecialType.System_Void)
        {
            return TaintValue.Clean;
        }

        return CanCarryContent(type) ? taint : taint.Without(TaintKinds.Content);
    }

    private bool CanCarryContent(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (_context.IsAiGenerated(type))
        {
            return false;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && _context.IsAwaitable(type))
        {
            return CanCarryContent(generic.TypeArguments[0]);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single
                or SpecialType.System_Double or SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return false;
        }

        if (type.TypeKind == TypeKind.Enum || _context.IsAwaitable(type))
        {
            return false;
        }

        return !NonContentTypes.Contains(type.OriginalDefinition.ToDisplayString());
    }

    /// <summary>Value types and SDK types that describe a response rather than carry its content.</summary>
    private static readonly ImmutableHashSet<string> NonContentTypes = ImmutableHashSet.Create(
        "System.DateTimeOffset", "System.TimeSpan", "System.Guid", "System.Threading.CancellationToken", "System.Uri",
        "Microsoft.Extensions.AI.ChatFinishReason", "Microsoft.Extensions.AI.ChatRole", "Microsoft.Extensions.AI.UsageDetails",
        "Microsoft.Extensions.AI.Embedding<T>", "Microsoft.Extensions.AI.GeneratedEmbeddings<TEmbedding>",
        "System.ReadOnlyMemory<T>", "OpenAI.Chat.ChatFinishReason", "OpenAI.Chat.ChatTokenUsage", "OpenAI.Embeddings.OpenAIEmbedding");

    /// <summary>Receivers that can hold what is added to them (not strings: they are immutable).</summary>
    private static bool CanHold(ITypeSymbol? type) =>
        type is not null && type.SpecialType != SpecialType.System_String && type.IsReferenceType;

    private static bool IsEndpointHandler(IFlowAnonymousFunctionOperation lambda)
    {
        // app.MapGet("/x", async () => ...): the lambda's result is written to the HTTP response.
        IOperation? current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
        {
            current = current.Parent;
        }

        return current is IInvocationOperation { TargetMethod: { } method }
               && method.Name.StartsWith("Map", System.StringComparison.Ordinal)
               && method.ContainingType?.ToDisplayString() is "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions";
    }

    private static string Display(ISymbol symbol) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor ? "new " + constructor.ContainingType.Name
        : symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name;
}
