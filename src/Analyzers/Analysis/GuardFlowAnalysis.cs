using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>An AI call found by the analysis and the guard facts that hold on every path reaching it.</summary>
internal readonly record struct GuardedCall(IOperation Operation, AiCallInfo Call, Facts Facts);

/// <summary>
/// The must-dataflow behind RAI1001/RAI1002 (and the core the later rules reuse): over a method's
/// <see cref="ControlFlowGraph"/>, which facts (consent checked, opt-out cleared) hold at each AI call on every path.
/// <para>
/// Lattice: a set of facts (meet = intersection) plus, for boolean locals and flow captures, the facts each outcome
/// implies. Branch edges add what the tested value implies. Exception handlers start from the facts at entry to their
/// try block. Lambdas start from the facts where they are created; local functions from the meet over their call
/// sites (a greatest fixpoint, so recursion works). Each block is revisited only while its input shrinks, and the
/// lattice is a few bits high: the cost is linear in the size of the method, with no path enumeration.
/// </para>
/// </summary>
internal sealed class GuardFlowAnalysis : ForwardFlowAnalysis<GuardState>
{
    private static readonly GuardState AllFacts = GuardState.Initial(Facts.All);

    private readonly AiCompilationContext _context;
    private readonly SemanticModel? _semanticModel;
    private readonly List<GuardedCall> _calls = new();

    private GuardFlowAnalysis(AiCompilationContext context, SemanticModel? semanticModel, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _context = context;
        _semanticModel = semanticModel;
    }

    /// <summary>Analyses <paramref name="graph"/> (with its lambdas and local functions) from <paramref name="entryFacts"/>.</summary>
    public static IReadOnlyList<GuardedCall> Run(ControlFlowGraph graph, Facts entryFacts, AiCompilationContext context, CancellationToken cancellationToken) =>
        Run(graph, entryFacts, context, cancellationToken, out _);

    /// <inheritdoc cref="Run(ControlFlowGraph, Facts, AiCompilationContext, CancellationToken)"/>
    public static IReadOnlyList<GuardedCall> Run(ControlFlowGraph graph, Facts entryFacts, AiCompilationContext context, CancellationToken cancellationToken, out int transferCount)
    {
        var analysis = new GuardFlowAnalysis(context, graph.OriginalOperation.SemanticModel, cancellationToken);
        analysis.Analyze(graph, GuardState.Initial(entryFacts));
        transferCount = analysis.TransferCount;
        return analysis._calls;
    }

    /// <inheritdoc/>
    protected override GuardState Meet(GuardState a, GuardState b) => GuardState.Meet(a, b)!;

    /// <inheritdoc/>
    protected override bool SameState(GuardState a, GuardState b) => a.SameAs(b);

    /// <inheritdoc/>
    protected override GuardState AtHandlerEntry(GuardState atTryEntry) => atTryEntry.WithoutValues();

    /// <inheritdoc/>
    protected override GuardState AtLambdaEntry(GuardState atCreation) => GuardState.Initial(atCreation.Facts);

    /// <inheritdoc/>
    protected override GuardState AtLocalFunctionEntry(GuardState atCallSites) => GuardState.Initial(atCallSites.Facts);

    /// <inheritdoc/>
    protected override GuardState LocalFunctionStart => AllFacts; // greatest fixpoint; a never-called local function is vacuously guarded

    /// <inheritdoc/>
    protected override void OnRoundStart() => _calls.Clear();

    /// <inheritdoc/>
    protected override void Transfer(BasicBlock block, GuardState input, out GuardState fallThrough, out GuardState? conditional)
    {
        var state = input.ToBuilder();
        foreach (var operation in block.Operations)
        {
            Walk(operation, state);
        }

        if (block.BranchValue is { } branchValue)
        {
            Walk(branchValue, state);
        }

        if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is null)
        {
            fallThrough = state.ToState();
            conditional = null;
            return;
        }

        var value = Evaluate(block.BranchValue, state);
        var jumpWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
        conditional = state.ToState(jumpWhenTrue ? value.WhenTrue : value.WhenFalse);
        fallThrough = state.ToState(jumpWhenTrue ? value.WhenFalse : value.WhenTrue);
    }

    /// <summary>Post-order walk: children (evaluated first) before the operation itself.</summary>
    private void Walk(IOperation operation, GuardState.Builder state)
    {
        if (operation is IFlowAnonymousFunctionOperation lambda)
        {
            // Middleware registered on an AI client or agent builder runs inside the client: its callers carry the duty.
            RecordLambda(CurrentGraph, lambda, _context.IsMiddlewareRegistration(lambda) ? AllFacts : state.ToState());
            return;
        }

        foreach (var child in operation.ChildOperations)
        {
            Walk(child, state);
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                VisitInvocation(invocation, state);
                break;
            case IPropertyReferenceOperation propertyReference:
                if (_context.GetAiCall(propertyReference.Property) is { } propertyCall)
                {
                    Record(propertyReference, propertyCall, state);
                }
                else if (_context.GetGuard(propertyReference.Property) is { ReturnsBoolean: false } throwingProperty)
                {
                    state.Establish(throwingProperty.Fact);
                }

                break;
            case IMethodReferenceOperation methodReference:
                if (methodReference.Method.MethodKind == MethodKind.LocalFunction)
                {
                    RecordLocalFunctionUse(methodReference.Method, _context.IsMiddlewareRegistration(methodReference) ? AllFacts : state.ToState());
                }
                else if (_context.GetAiCall(methodReference.Method) is { } groupCall)
                {
                    // A delegate to an AI member: whoever invokes it later runs the AI call under the facts of here.
                    Record(methodReference, groupCall, state);
                }

                break;
            case IAwaitOperation awaitOperation:
                state.Establish(AwaitedGuardFacts(awaitOperation.Operation, state));
                break;
            case IFlowCaptureOperation capture:
                state.Set(GuardState.Key(capture.Id), Track(capture.Value, state));
                TrackTupleElements(GuardState.Key(capture.Id), capture.Value, state);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                state.Set(local.Local, Track(assignment.Value, state));
                TrackTupleElements(local.Local, assignment.Value, state);
                // `var consent = governance.EnsureConsentAsync(...)`: the fact holds once that task is awaited.
                var pending = PendingGuardFacts(assignment.Value, state);
                state.Set(GuardState.TaskKey(local.Local), pending == Facts.None ? null : new BoolFacts(pending, pending));
                break;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation compoundLocal }:
                state.Set(compoundLocal.Local, null);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation byRef }:
                state.Set(byRef.Local, null);
                break;
        }
    }

    private void VisitInvocation(IInvocationOperation invocation, GuardState.Builder state)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            RecordLocalFunctionUse(method, state.ToState());
            return;
        }

        if (_context.GetAiCall(invocation, _semanticModel, CancellationToken) is { } call)
        {
            Record(invocation, call, state);
            return;
        }

        if (_context.GetGuard(method) is { ReturnsBoolean: false } guard && !_context.IsAwaitable(method.ReturnType))
        {
            // A synchronous throwing guard: returning normally means the fact holds.
            state.Establish(guard.Fact);
            return;
        }

        // task.Wait() / task.GetAwaiter().GetResult() on a throwing asynchronous guard; Task.WaitAll(...).
        if (method.Name is "Wait" or "GetResult" && invocation.Instance is { } instance)
        {
            state.Establish(AwaitedGuardFacts(instance, state));
        }
        else if (method.Name == "WaitAll" && method.IsStatic)
        {
            state.Establish(AwaitedGuardFacts(invocation, state, whenAll: true));
        }
    }

    /// <summary>
    /// The facts that awaiting (or blocking on) <paramref name="operand"/> establishes: a throwing guard's task, a local
    /// holding one, or Task.WhenAll/WaitAll over such tasks.
    /// </summary>
    private Facts AwaitedGuardFacts(IOperation operand, GuardState.Builder state, bool whenAll = false)
    {
        operand = Unwrap(operand);
        if (!whenAll && ThrowingGuardCall(operand) is { } fact)
        {
            return fact;
        }

        if (!whenAll && operand is ILocalReferenceOperation local && state.TryGetValue(GuardState.TaskKey(local.Local), out var pending))
        {
            return pending.WhenTrue;
        }

        if (operand is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "WhenAll" or "WaitAll" } } combined)
        {
            var facts = Facts.None;
            foreach (var argument in combined.Arguments)
            {
                // params Task[] or params ReadOnlySpan<Task> (an array, a collection expression or a span
                // conversion depending on the compiler): every task listed anywhere in the argument is awaited.
                facts |= TasksIn(argument.Value, state);
            }

            return facts;
        }

        return Facts.None;
    }

    private Facts TasksIn(IOperation operation, GuardState.Builder state)
    {
        var facts = AwaitedGuardFacts(operation, state);
        if (facts != Facts.None || operation is IFlowAnonymousFunctionOperation or IAnonymousFunctionOperation)
        {
            return facts;
        }

        foreach (var child in operation.ChildOperations)
        {
            facts |= TasksIn(child, state);
        }

        return facts;
    }

    /// <summary>The facts a not-yet-awaited throwing guard task carries, when <paramref name="value"/> is one.</summary>
    private Facts PendingGuardFacts(IOperation value, GuardState.Builder state)
    {
        value = Unwrap(value);
        if (value is IInvocationOperation invocation && _context.GetGuard(invocation.TargetMethod) is { ReturnsBoolean: false } guard
            && _context.IsAwaitable(invocation.TargetMethod.ReturnType))
        {
            return guard.Fact;
        }

        if (value is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "WhenAll" } })
        {
            return AwaitedGuardFacts(value, state, whenAll: true); // var ready = Task.WhenAll(guard1, guard2); ... await ready;
        }

        return value is ILocalReferenceOperation other && state.TryGetValue(GuardState.TaskKey(other.Local), out var pending) ? pending.WhenTrue : Facts.None;
    }

    /// <summary>The fact a throwing guard establishes when <paramref name="operation"/> is a call of one, else null.</summary>
    private Facts? ThrowingGuardCall(IOperation operation) => operation switch
    {
        IInvocationOperation invocation when _context.GetGuard(invocation.TargetMethod) is { ReturnsBoolean: false } guard => guard.Fact,
        _ => null,
    };

    /// <summary>Looks through ConfigureAwait(...), GetAwaiter() and implicit conversions to the guard call underneath.</summary>
    private static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IInvocationOperation { Instance: { } instance, TargetMethod.Name: "ConfigureAwait" or "GetAwaiter" or "AsTask" }:
                    operation = instance;
                    continue;
                default:
                    return operation;
            }
        }
    }

    private void Record(IOperation operation, AiCallInfo call, GuardState.Builder state)
    {
        if (Recording)
        {
            _calls.Add(new GuardedCall(operation, call, state.Facts));
        }
    }

    /// <summary>The value to remember for a local or capture, or null when it tells nothing.</summary>
    private BoolFacts? Track(IOperation value, GuardState.Builder state)
    {
        var facts = Evaluate(value, state);
        return facts.WhenTrue == state.Facts && facts.WhenFalse == state.Facts ? null : facts;
    }

    /// <summary>What a boolean-valued operation implies about the facts, normalised to include those already established.</summary>
    private BoolFacts Evaluate(IOperation operation, GuardState.Builder state)
    {
        var established = state.Facts;
        return EvaluateCore(operation, state).Including(established);
    }

    private BoolFacts EvaluateCore(IOperation operation, GuardState.Builder state)
    {
        if (operation.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return BoolFacts.Constant(constant, state.Facts);
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return EvaluateCore(conversion.Operand, state);
            case IAwaitOperation awaitOperation:
                return EvaluateCore(Unwrap(awaitOperation.Operation), state);
            case IInvocationOperation invocation:
                if (_context.GetGuard(invocation.TargetMethod) is { ReturnsBoolean: true } methodGuard)
                {
                    return FromGuard(methodGuard);
                }

                // guardTask.Result / .GetAwaiter().GetResult() / .ConfigureAwait(false) on a boolean guard; a bool? guard's
                // GetValueOrDefault() (null answers like false, see Compare).
                if (invocation.TargetMethod.Name is "GetResult" or "ConfigureAwait" or "GetAwaiter" or "GetValueOrDefault" && invocation.Instance is { } instance)
                {
                    return EvaluateCore(Unwrap(instance), state);
                }

                return default;
            case IPropertyReferenceOperation property:
                if (_context.GetGuard(property.Property) is { ReturnsBoolean: true } propertyGuard)
                {
                    return FromGuard(propertyGuard);
                }

                return property.Property.Name is "Result" or "Value" && property.Instance is { } task ? EvaluateCore(Unwrap(task), state) : default;
            case IIsNullOperation isNull:
                // `g ?? false` tests the bool? answer for null first: a null answer counts as false (Compare).
                var tested = EvaluateCore(isNull.Operand, state);
                return new BoolFacts(tested.WhenFalse, tested.WhenTrue & tested.WhenFalse);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return EvaluateCore(not.Operand, state).Negate();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                return EvaluateComparison(binary, state);
            case IIsPatternOperation isPattern:
                return EvaluatePattern(isPattern.Value, isPattern.Pattern, state);
            case ILocalReferenceOperation local:
                return state.TryGetValue(local.Local, out var localFacts) ? localFacts : default;
            case IFlowCaptureReferenceOperation capture:
                return state.TryGetValue(GuardState.Key(capture.Id), out var captureFacts) ? captureFacts : default;
            case ISimpleAssignmentOperation assignment:
                return EvaluateCore(assignment.Value, state);
            default:
                return default;
        }
    }

    private static BoolFacts FromGuard(GuardInfo guard)
    {
        // Consent guard: true means granted. Opt-out guard: true means the subject HAS opted out.
        var whenTrue = guard.Fact & Facts.Consent;
        var whenFalse = guard.Fact & Facts.NotOptedOut;
        return new BoolFacts(whenTrue, whenFalse);
    }

    private BoolFacts EvaluateComparison(IBinaryOperation binary, GuardState.Builder state)
    {
        IOperation other;
        bool constant;
        if (BoolConstant(binary.RightOperand) is { } right)
        {
            other = binary.LeftOperand;
            constant = right;
        }
        else if (BoolConstant(binary.LeftOperand) is { } left)
        {
            other = binary.RightOperand;
            constant = left;
        }
        else
        {
            return default;
        }

        return Compare(other, constant, binary.OperatorKind == BinaryOperatorKind.Equals, state);
    }

    /// <summary>
    /// <c>g == c</c> (<paramref name="equals"/>) or <c>g != c</c>, and the patterns <c>g is c</c> / <c>g is not c</c>. A
    /// <c>bool?</c> guard's null answers like false: consent not given, no opt-out recorded. So <c>g == true</c> reads as
    /// <c>g</c>, but <c>g == false</c> is false for true <em>and</em> for null: its false side holds only what both imply.
    /// </summary>
    private BoolFacts Compare(IOperation other, bool constant, bool equals, GuardState.Builder state)
    {
        var value = EvaluateCore(other, state);
        if (constant || !IsNullableBoolean(other.Type))
        {
            return constant == equals ? value : value.Negate();
        }

        var isFalse = new BoolFacts(value.WhenFalse, value.WhenTrue & value.WhenFalse);
        return equals ? isFalse : isFalse.Negate();
    }

    /// <summary>A bool constant, also through the conversion to <c>bool?</c> of a lifted comparison.</summary>
    private static bool? BoolConstant(IOperation operation)
    {
        while (operation is IConversionOperation conversion && !operation.ConstantValue.HasValue)
        {
            operation = conversion.Operand;
        }

        return operation.ConstantValue is { HasValue: true, Value: bool value } ? value : null;
    }

    private static bool IsNullableBoolean(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    /// <summary><c>switch ((HasConsent(u), IsOptedOut(u)))</c>: remembers what each element of a tuple of guards implies.</summary>
    private void TrackTupleElements(object key, IOperation value, GuardState.Builder state)
    {
        var tuple = Unwrap(value) as ITupleOperation;
        for (var i = 0; i < GuardState.MaxTupleElements; i++)
        {
            // A tuple literal, or a copy of a tracked tuple (`switch (answers)` captures the local).
            var element = tuple is not null
                ? (i < tuple.Elements.Length ? Track(tuple.Elements[i], state) : null)
                : TupleElement(value, i, state)?.Including(state.Facts);
            state.Set(GuardState.TupleKey(key, i), element);
        }
    }

    /// <summary>The facts each element of a tuple-valued operation implies, when tracked.</summary>
    private BoolFacts? TupleElement(IOperation tuple, int index, GuardState.Builder state)
    {
        tuple = Unwrap(tuple);
        if (tuple is ITupleOperation direct)
        {
            return index < direct.Elements.Length ? EvaluateCore(direct.Elements[index], state) : null;
        }

        object? key = tuple switch
        {
            ILocalReferenceOperation local => local.Local,
            IFlowCaptureReferenceOperation capture => GuardState.Key(capture.Id),
            _ => null,
        };
        return key is not null && state.TryGetValue(GuardState.TupleKey(key, index), out var facts) ? facts : null;
    }

    private BoolFacts EvaluatePattern(IOperation value, IPatternOperation pattern, GuardState.Builder state)
    {
        switch (pattern)
        {
            case IRecursivePatternOperation { DeconstructionSubpatterns.Length: 0, PropertySubpatterns.Length: > 0 } properties:
                // chart is { HasAiConsent: true, OptedOutOfNotes: false }: each guard property's answer, as for a tuple.
                var whenMatched = Facts.None;
                var whenMismatched = Facts.All;
                foreach (var sub in properties.PropertySubpatterns)
                {
                    BoolFacts? element = sub switch
                    {
                        { Member: IPropertyReferenceOperation { Property: { } property }, Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool expected } } }
                            when _context.GetGuard(property) is { ReturnsBoolean: true } guard => expected ? FromGuard(guard) : FromGuard(guard).Negate(),
                        _ => null,
                    };
                    if (element is { } known)
                    {
                        whenMatched |= known.WhenTrue;
                        whenMismatched &= known.WhenFalse;
                    }
                    else
                    {
                        whenMismatched = Facts.None; // another condition can fail: a mismatch says nothing
                    }
                }

                return new BoolFacts(whenMatched, whenMismatched);
            case IRecursivePatternOperation { DeconstructionSubpatterns.Length: > 0 and <= GuardState.MaxTupleElements } positional:
                // (true, false) matches when every element matches: the facts of each element's outcome add up.
                // A mismatch says only that some element differs: the facts every element's mismatch implies.
                var matched = Facts.None;
                var mismatched = Facts.All;
                for (var i = 0; i < positional.DeconstructionSubpatterns.Length; i++)
                {
                    var element = positional.DeconstructionSubpatterns[i] switch
                    {
                        IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } } when TupleElement(value, i, state) is { } elementFacts
                            => constant ? elementFacts : elementFacts.Negate(),
                        IDiscardPatternOperation => new BoolFacts(Facts.None, Facts.All), // always matches
                        _ => default(BoolFacts?),
                    };
                    if (element is not { } known)
                    {
                        if (positional.DeconstructionSubpatterns[i] is not IDiscardPatternOperation)
                        {
                            mismatched = Facts.None;
                        }

                        continue;
                    }

                    matched |= known.WhenTrue;
                    mismatched &= known.WhenFalse;
                }

                return new BoolFacts(matched, mismatched);
            case IConstantPatternOperation constantPattern when BoolConstant(constantPattern.Value) is { } constant:
                return Compare(value, constant, equals: true, state);
            case INegatedPatternOperation negated:
                return EvaluatePattern(value, negated.Pattern, state).Negate();
            default:
                return default;
        }
    }
}
