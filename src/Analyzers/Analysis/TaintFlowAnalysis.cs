using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

/// <summary>What a body hands back: the union of its returned values' taints, and whether every one was disclosed.</summary>
internal readonly record struct ReturnSummary(TaintValue Taint, bool AllDisclosed, long Work = 0);

/// <summary>A tainted value at a sink: the value's operation, what it carries, and how it leaves.</summary>
/// <param name="Target">The member or API it leaves through, for the message.</param>
/// <param name="At">Where to report when it is not the value itself (a switch statement's governing expression).</param>
internal readonly record struct TaintedSink(IOperation Value, TaintValue Taint, SinkKind Kind, string Target, SyntaxNode? At = null)
{
    /// <summary>
    /// Where to report: the value that leaves, or, when it is an inline object creation carrying AI output
    /// (<c>return new Dto { Text = response.Text }</c>), the AI value stored into it.
    /// </summary>
    public SyntaxNode ReportedNode =>
        At ?? (Taint.Site is { } site && Value.Syntax.Span.Contains(site.Span) && Value.Syntax != site ? site : Value.Syntax);
}

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
    private readonly Dictionary<SyntaxNode, (IOperation Condition, TaintValue Taint)> _taintedConditions = new();
    private readonly Dictionary<CaptureId, IOperation> _captureTargets = new();
    private readonly Dictionary<ITypeSymbol, bool> _contentTypes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ITypeSymbol, bool> _nonContentHolders = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<CaptureId, object> _captureAliases = new();
    private readonly ControlFlowGraph _root;
    private readonly SemanticModel? _semanticModel;
    private readonly bool _summary;
    private HashSet<ControlFlowGraph> _sinkReturningLambdas = new();
    private TaintValue _returned;
    private bool _allReturnsDisclosed;
    private readonly HashSet<IMethodSymbol> _summarizing = new(SymbolEqualityComparer.Default);
    private long _work;
    private readonly Dictionary<ControlFlowGraph, LocalLiveness> _liveness = new();

    private TaintFlowAnalysis(AiCompilationContext context, ControlFlowGraph root, SemanticModel? semanticModel, bool rootReturnIsSink, bool summary, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _context = context;
        _root = root;
        _semanticModel = semanticModel;
        _rootReturnIsSink = rootReturnIsSink;
        _summary = summary;
    }

    /// <summary>Runs the analysis over a member's graph. <paramref name="returnIsSink"/>: false inside an [AiFeature] member.</summary>
    public static IReadOnlyList<TaintedSink> Run(ControlFlowGraph graph, bool returnIsSink, AiCompilationContext context, CancellationToken cancellationToken) =>
        Run(graph, returnIsSink, context, cancellationToken, out _);

    /// <summary>As <see cref="Run(ControlFlowGraph, bool, AiCompilationContext, CancellationToken)"/>; <paramref name="work"/> counts the
    /// state entries the transfers started from (tests prove it grows linearly with the size of the method).</summary>
    public static IReadOnlyList<TaintedSink> Run(ControlFlowGraph graph, bool returnIsSink, AiCompilationContext context, CancellationToken cancellationToken, out long work)
    {
        var analysis = new TaintFlowAnalysis(context, graph, graph.OriginalOperation.SemanticModel, returnIsSink, summary: false, cancellationToken);
        analysis.Analyze(graph, TaintState.Empty);
        work = analysis._work;
        return analysis._sinks;
    }

    /// <summary>
    /// What a body hands back to its caller: the union of the taints of its returned (and yielded) values, analysed from
    /// <paramref name="entry"/>. Summaries do not consult other summaries (one level, so the result never depends on the
    /// order members are analysed in).
    /// </summary>
    public static ReturnSummary Returned(ControlFlowGraph graph, TaintState entry, SemanticModel? semanticModel, AiCompilationContext context, CancellationToken cancellationToken) =>
        Returned(graph, entry, semanticModel, context, depth: 0, cancellationToken);

    private static ReturnSummary Returned(ControlFlowGraph graph, TaintState entry, SemanticModel? semanticModel, AiCompilationContext context, int depth, CancellationToken cancellationToken)
    {
        var analysis = new TaintFlowAnalysis(context, graph, semanticModel, rootReturnIsSink: false, summary: true, cancellationToken) { _summaryDepth = depth };
        analysis.Analyze(graph, entry);
        return new ReturnSummary(analysis._returned, analysis._allReturnsDisclosed, analysis._work);
    }

    /// <summary>
    /// How many lambda summaries deep an analysis is: a lambda's output is summarised by analysing its body, which may
    /// summarise the lambdas it creates, and so on. Past <see cref="MaxLambdaSummaryDepth"/> a lambda's output counts as
    /// clean, so deeply nested lambdas cost linear time, not time exponential in the depth.
    /// </summary>
    private int _summaryDepth;

    private const int MaxLambdaSummaryDepth = 3;

    /// <inheritdoc/>
    /// <remarks>A summary needs only the returns of its own graph; the lambdas it creates matter through their output.</remarks>
    protected override bool AnalyzesLambdaBodies => !_summary;

    /// <summary>
    /// A value leaves the summarised body: it is disclosed when it is a constant, carries no content by its type
    /// (AiGenerated&lt;T&gt;, a disclosure type, a number), or is AI output whose content a disclosure removed. A value with
    /// no AI taint at all proves nothing: a declared feature's output is AI output however the body obtains it.
    /// </summary>
    private void RecordReturned(IOperation value, TaintValue taint)
    {
        _returned = TaintValue.Union(_returned, taint);
        var disclosed = value.ConstantValue.HasValue || (value.Type is { } type && !CanCarryContent(type))
                        || (taint.Has(TaintKinds.Unreviewed) && !taint.Has(TaintKinds.Content));
        _allReturnsDisclosed &= disclosed;
    }

    /// <inheritdoc/>
    protected override TaintState Meet(TaintState a, TaintState b) => TaintState.Meet(a, b);

    /// <inheritdoc/>
    protected override bool SameState(TaintState a, TaintState b) => a.SameAs(b);

    /// <inheritdoc/>
    protected override TaintState LeaveRegion(TaintState state, ControlFlowRegion region) => state.Without(region.Locals, region.CaptureIds);

    /// <inheritdoc/>
    /// <remarks>Locals no later block uses are dropped: a method that derives thousands of locals, one from the other,
    /// carries only the few still in use.</remarks>
    protected override TaintState AtBlockEntry(TaintState state, BasicBlock block)
    {
        if (state.Values.IsEmpty)
        {
            return state;
        }

        if (!_liveness.TryGetValue(CurrentGraph, out var liveness))
        {
            _liveness[CurrentGraph] = liveness = LocalLiveness.Compute(CurrentGraph, CancellationToken);
        }

        return state.WithoutDead(liveness, block);
    }

    /// <inheritdoc/>
    protected override TaintState AtHandlerEntry(TaintState atTryEntry) => atTryEntry;

    /// <inheritdoc/>
    protected override TaintState AtLambdaEntry(TaintState atCreation) => atCreation;

    /// <inheritdoc/>
    protected override TaintState AtLocalFunctionEntry(TaintState atCallSites) => atCallSites;

    /// <inheritdoc/>
    protected override TaintState LocalFunctionStart => TaintState.Empty; // least fixpoint: nothing tainted until a call site says so

    /// <inheritdoc/>
    protected override void OnRoundStart()
    {
        _returned = TaintValue.Clean;
        _allReturnsDisclosed = true;
        _sinks.Clear();
        _taintedConditions.Clear();
        _captureTargets.Clear();
        _captureAliases.Clear();
    }

    /// <inheritdoc/>
    protected override void Transfer(BasicBlock block, TaintState input, out TaintState fallThrough, out TaintState? conditional)
    {
        _memo.Clear();
        _work += 1 + input.Values.Count;
        var state = input.Values.ToBuilder();
        foreach (var operation in block.Operations)
        {
            Walk(operation, state);
        }

        if (block.BranchValue is { } branchValue)
        {
            Walk(branchValue, state);
            if (block.ConditionKind != ControlFlowConditionKind.None)
            {
                var condition = Evaluate(branchValue, state);
                if (condition.Has(TaintKinds.Unreviewed))
                {
                    _taintedConditions[branchValue.Syntax] = (branchValue, condition);
                }
            }

            if (Recording && _summary && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return && ReferenceEquals(CurrentGraph, _root))
            {
                RecordReturned(branchValue, Evaluate(branchValue, state));
            }

            if (Recording && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return && ReturnIsSink() && !_context.IsChatHistory(branchValue.Type))
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

    /// <summary>The model of the analysed member: maps control-flow-graph operations back to the original tree.</summary>
    private SemanticModel? SemanticModel => _semanticModel;

    private bool ReturnIsSink() =>
        ReferenceEquals(CurrentGraph, _root) ? _rootReturnIsSink : !_summary && _sinkReturningLambdas.Contains(CurrentGraph);

    private void Walk(IOperation operation, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        if (operation is IFlowAnonymousFunctionOperation lambda)
        {
            if (Recording && IsEndpointHandler(lambda))
            {
                _sinkReturningLambdas.Add(CurrentGraph.GetAnonymousFunctionControlFlowGraph(lambda, CancellationToken));
            }

            RecordLambda(CurrentGraph, lambda, LambdaEntry(lambda, state));
            return;
        }

        foreach (var child in operation.ChildOperations)
        {
            Walk(child, state);
        }

        switch (operation)
        {
            case IFlowCaptureOperation capture:
                var captured = Strip(capture.Value);
                if (captured is IPropertyReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation)
                {
                    _captureTargets[capture.Id] = captured; // `e.P = x ?? y`: the CFG captures the target first
                }
                else if (KeyOf(captured) is { } aliased)
                {
                    _captureAliases[capture.Id] = aliased; // `sb.Append(x?.Y)`: the CFG captures the receiver first
                }

                Set(state, TaintState.Key(capture.Id), TaintValue.Union(Evaluate(capture.Value, state), ImplicitFlow(capture.Value)) with
                {
                    Fresh = IsFresh(capture.Value, state),
                    MembersOnly = state.TryGetValue(KeyOf(captured) ?? capture, out var source) && source.MembersOnly,
                });
                CopyMembers(state, KeyOf(captured), TaintState.Key(capture.Id));
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
                CheckControlDecision(invocation);
                if (invocation.TargetMethod.MethodKind == MethodKind.LocalFunction)
                {
                    var atCall = state.ToImmutable();
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { } parameter && Evaluate(argument.Value, state) is { Kinds: not TaintKinds.None } passed)
                        {
                            atCall = atCall.SetItem(parameter.OriginalDefinition, passed with { Fresh = false });
                        }
                    }

                    RecordLocalFunctionUse(invocation.TargetMethod, new TaintState(atCall));
                }

                break;
            case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                VisitCall(constructor, null, creation.Arguments, state);
                break;
            case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                RecordLocalFunctionUse(reference.Method, new TaintState(state.ToImmutable()));
                break;
            case IIsPatternOperation isPattern:
                // `chunk?.Response is { } piece`, `x is string s`: the declared variable holds (part of) the tested value.
                var tested = Evaluate(isPattern.Value, state);
                if (tested.Kinds != TaintKinds.None)
                {
                    foreach (var declared in DeclaredByPattern(isPattern.Pattern))
                    {
                        Set(state, declared, Filter(tested, declared.Type) with { Fresh = false, MembersOnly = false });
                    }
                }

                break;
            case IReturnOperation { Kind: OperationKind.YieldReturn, ReturnedValue: { } returnedItem } when Recording && _summary && ReferenceEquals(CurrentGraph, _root):
                RecordReturned(returnedItem, Evaluate(returnedItem, state));
                break;
            case IReturnOperation { Kind: OperationKind.YieldReturn, ReturnedValue: { } yielded } when Recording && ReturnIsSink() && !_context.IsChatHistory(yielded.Type):
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
        if (target is IFlowCaptureReferenceOperation captureTarget && _captureTargets.TryGetValue(captureTarget.Id, out var capturedTarget))
        {
            target = capturedTarget;
        }

        switch (target)
        {
            case ILocalReferenceOperation local:
                Set(state, local.Local, value with { Fresh = IsFresh(valueOperation, state) });
                CopyMembers(state, KeyOf(valueOperation), local.Local);
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
                if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
                {
                    // A member of the object being created (new { text = r.Text }): the object carries the value, and it
                    // is reported where it leaves, once.
                    return;
                }

                var holder = instance is null ? null : KeyOf(instance);
                if (holder is not null && member is not null)
                {
                    // Field sensitivity: remember what this member holds; other members of the holder stay clean.
                    Set(state, new MemberKey(holder, member.Member.OriginalDefinition), value with { Fresh = false });
                }

                if (holder is not null && state.TryGetValue(holder, out var holderTaint) && holderTaint.Fresh)
                {
                    // Building an object created in this method (a DTO, a view model): it now carries the taint.
                    if (value.Kinds != TaintKinds.None)
                    {
                        state[holder] = TaintValue.Union(holderTaint, value) with
                        {
                            Fresh = true,
                            MembersOnly = holderTaint.Kinds == TaintKinds.None || holderTaint.MembersOnly,
                            Site = holderTaint.Site ?? (value.Has(TaintKinds.Content) ? valueOperation.Syntax : null),
                        };
                    }

                    return;
                }

                // Keeping the reply in a chat history (a message, its parts, a history) feeds the next request: not a sink.
                if (Recording && value.Has(TaintKinds.Content) && !_context.IsChatHistory(valueOperation.Type) && !IsHistory(instance))
                {
                    _sinks.Add(new TaintedSink(valueOperation, value, SinkKind.Store, member is null ? "an array element" : "'" + Display(member.Member) + "'"));
                }

                if (holder is not null && value.Kinds != TaintKinds.None)
                {
                    var existing = state.TryGetValue(holder, out var known) ? known : TaintValue.Clean;
                    state[holder] = TaintValue.Union(existing, value) with { MembersOnly = existing.Kinds == TaintKinds.None || existing.MembersOnly };
                }

                return;
        }
    }

    /// <summary>A call or constructor: output sinks, review-required parameters, and receivers filled with tainted values.</summary>
    private void VisitCall(IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        // response.TryGetResult(out var parsed), block.TryPickText(out var text): out values carry the receiver's output.
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref && KeyOf(argument.Value) is { } outKey
                && method.MethodKind != MethodKind.LocalFunction && _context.GetAiCall(method) is null)
            {
                var carried = instance is null ? TaintValue.Clean : Member(instance, state);
                foreach (var other in arguments)
                {
                    if (other != argument && other.Parameter?.RefKind is not (RefKind.Out))
                    {
                        carried = TaintValue.Union(carried, Evaluate(other.Value, state));
                    }
                }

                Set(state, outKey, Filter(carried, argument.Parameter.Type) with { Fresh = false, MembersOnly = false });
            }
        }

        string? output = null;
        var checkedOutput = false;
        var argumentTaint = TaintValue.Clean;
        var extensionReceiver = method.IsExtensionMethod && instance is null && arguments.Length > 0 ? arguments[0] : null;
        foreach (var argument in arguments)
        {
            var taint = Evaluate(argument.Value, state);
            if (taint.Kinds == TaintKinds.None || argument == extensionReceiver)
            {
                continue;
            }

            // A lambda's output goes to whoever runs it, not into the receiver (app.MapGet(..., () => ...)).
            if (Strip(argument.Value) is not (IDelegateCreationOperation or IFlowAnonymousFunctionOperation))
            {
                argumentTaint = TaintValue.Union(argumentTaint, taint);
            }
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

            if (output is not null && taint.Has(TaintKinds.Content) && !AiLabel.LabelledJustBefore(argument.Syntax, IsAgentOutput(taint)))
            {
                _sinks.Add(new TaintedSink(argument.Value, taint, SinkKind.Output, "'" + Display(method) + "' (" + output + ")"));
            }
        }

        // Extension methods (cache.SetString(key, text)): the receiver is the first argument.
        var skipFirst = false;
        if (instance is null && method.IsExtensionMethod && arguments.Length > 0)
        {
            instance = arguments[0].Value;
            skipFirst = true;
        }

        if (argumentTaint.Kinds == TaintKinds.None || instance is null || _context.IsDisclosure(method) || _context.IsHumanReview(method) || !CanHold(instance.Type))
        {
            return;
        }

        // list.Add(text), builder.Append(text), messages.Add(message): the receiver now holds AI output.
        var receiver = KeyOf(instance);
        var receiverTaint = receiver is not null && state.TryGetValue(receiver, out var current) ? current : TaintValue.Clean;
        if (receiver is not null)
        {
            var added = TaintValue.Union(receiverTaint, argumentTaint) with { Fresh = receiverTaint.Fresh, MembersOnly = false };
            state[receiver] = added;
            if (receiver is CaptureId id && _captureAliases.TryGetValue(id, out var aliased))
            {
                var original = state.TryGetValue(aliased, out var before) ? before : TaintValue.Clean;
                state[aliased] = TaintValue.Union(original, argumentTaint) with { Fresh = original.Fresh, MembersOnly = false };
            }
        }

        // db.Tickets.Add(ticket), _cache.Add(id, text), repository.Update(entity): storing into an object that outlives
        // the method, the same as an indexer or property store.
        if (Recording && !receiverTaint.Fresh && StoreMethods.Contains(method.Name) && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && !IsHistory(instance))
        {
            foreach (var argument in skipFirst ? arguments.RemoveAt(0) : arguments)
            {
                var taint = Evaluate(argument.Value, state);
                if (taint.Has(TaintKinds.Content) && !_context.IsChatHistory(argument.Value.Type))
                {
                    _sinks.Add(new TaintedSink(argument.Value, taint, SinkKind.Store, "'" + Display(method) + "'"));
                }
            }
        }
    }

    /// <summary>
    /// <c>if (verdict.Flagged) forum.Ban(author)</c>: a call of a [HumanReviewRequired] method whose running is decided by an
    /// unreviewed AI value (the condition of an enclosing if, ?:, switch, while) is a decision made by AI.
    /// </summary>
    private void CheckControlDecision(IInvocationOperation invocation)
    {
        if (!Recording || _taintedConditions.Count == 0
            || !(_context.RequiresReview(invocation.TargetMethod) || invocation.Arguments.Any(a => a.Parameter is { } p && _context.RequiresReview(p))))
        {
            return; // neither a review-required method nor a call that fills a review-required parameter
        }

        // An argument of this call already carries the AI output (reported at the argument): one diagnostic per decision.
        foreach (var argument in invocation.Arguments)
        {
            if (_memo.TryGetValue(argument.Value, out var passed) && passed.Has(TaintKinds.Unreviewed))
            {
                return;
            }
        }

        for (var node = invocation.Syntax.Parent; node is not null; node = node.Parent)
        {
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax
                or Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax)
            {
                return;
            }

            var condition = node switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax s => s.Condition,
                Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalExpressionSyntax c => c.Condition,
                Microsoft.CodeAnalysis.CSharp.Syntax.WhileStatementSyntax w => w.Condition,
                Microsoft.CodeAnalysis.CSharp.Syntax.SwitchStatementSyntax sw => sw.Expression,
                _ => null,
            };
            if (condition is null)
            {
                continue;
            }

            // A switch statement is decided at its case labels: the graph tests the governing value there.
            var labels = node is Microsoft.CodeAnalysis.CSharp.Syntax.SwitchStatementSyntax switchStatement
                ? switchStatement.Sections.SelectMany(static section => section.Labels)
                : Enumerable.Empty<Microsoft.CodeAnalysis.CSharp.Syntax.SwitchLabelSyntax>();
            foreach (var pair in _taintedConditions)
            {
                if (condition.Span.Contains(pair.Key.Span) || labels.Any(label => label.Span.Contains(pair.Key.Span)))
                {
                    // One diagnostic per decision, at the whole condition (a switch statement: its governing expression, whichever case decides).
                    _sinks.Add(new TaintedSink(pair.Value.Condition, pair.Value.Taint, SinkKind.ReviewRequired, "the decision to call '" + Display(invocation.TargetMethod) + "'", condition));
                    return;
                }
            }
        }
    }

    /// <summary>The locals a pattern declares (<c>{ } x</c>, <c>string s</c>, <c>var v</c>, nested property patterns).</summary>
    private static IEnumerable<ILocalSymbol> DeclaredByPattern(IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local }:
                yield return local;
                break;
            case IRecursivePatternOperation recursive:
                if (recursive.DeclaredSymbol is ILocalSymbol named)
                {
                    yield return named;
                }

                foreach (var sub in recursive.DeconstructionSubpatterns.Concat(recursive.PropertySubpatterns.Select(static p => p.Pattern)))
                {
                    foreach (var local in DeclaredByPattern(sub))
                    {
                        yield return local;
                    }
                }

                break;
            case IBinaryPatternOperation binary:
                foreach (var local in DeclaredByPattern(binary.LeftPattern).Concat(DeclaredByPattern(binary.RightPattern)))
                {
                    yield return local;
                }

                break;
        }
    }

    /// <summary>A chat history, or a collection that belongs to one (<c>message.Contents</c>, <c>content.Items</c>).</summary>
    private bool IsHistory(IOperation? holder) =>
        holder is not null && (_context.IsChatHistory(holder.Type) || Strip(holder) is IMemberReferenceOperation { Instance: { } owner } && _context.IsChatHistory(owner.Type));

    /// <summary>Members that put a value into a collection, a store or a cache.</summary>
    private static readonly ImmutableHashSet<string> StoreMethods = ImmutableHashSet.Create(
        "Add", "AddRange", "AddAsync", "AddRangeAsync", "Insert", "InsertRange", "Update", "UpdateRange", "Attach", "AttachRange",
        "Enqueue", "Push", "TryAdd", "AddOrUpdate", "GetOrAdd", "Set", "SetString", "SetAsync", "SetStringAsync", "TryEnqueue");

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
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IDeclarationExpressionOperation declaration:
                    operation = declaration.Expression; // `out var parsed`
                    continue;
                default:
                    return operation;
            }
        }
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

                var read = Member(property.Instance, state, property.Property);
                return _context.IsResponseMetadata(property.Property) ? read.Without(TaintKinds.Content) : read;
            case IFieldReferenceOperation field:
                return Member(field.Instance, state, field.Field);
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference, state);
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, state);
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, state);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value, state);
            case IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation lambda }:
                return LambdaOutput(lambda, state);
            case IFlowAnonymousFunctionOperation lambda:
                return LambdaOutput(lambda, state);
            case IDelegateCreationOperation or IInstanceReferenceOperation or IDefaultValueOperation
                or ITypeOfOperation or ISizeOfOperation or INameOfOperation or IIsTypeOperation or IDeclarationExpressionOperation:
                return TaintValue.Clean;
            case IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } when operation.Type?.SpecialType == SpecialType.System_String:
                // A string that labels the AI text it carries ($"AI: {answer}", "[AI-generated] " + summary) discloses it.
                var parts = Children(operation, state);
                return parts.Has(TaintKinds.Content) && AiLabel.Labels(operation, IsAgentOutput(parts)) ? parts.Without(TaintKinds.Content) : parts;
            default:
                // Strings built from parts (+, interpolation, arrays, tuples, anonymous objects...): the union of the parts.
                return Children(operation, state);
        }
    }

    /// <summary>
    /// <c>stage = score switch { >= 80 => Stage.Interview, _ => Stage.Reject }</c>: a value chosen by an unreviewed AI value
    /// (the governing expression of a switch expression, the condition of ?:) is unreviewed output too (RAI1004).
    /// </summary>
    private TaintValue ImplicitFlow(IOperation value)
    {
        if (_taintedConditions.Count == 0)
        {
            return TaintValue.Clean;
        }

        for (var node = value.Syntax; node is not null; node = node.Parent)
        {
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax)
            {
                break;
            }

            SyntaxNode? decider = node switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalExpressionSyntax conditional when !conditional.Condition.Span.Contains(value.Syntax.Span) => conditional.Condition,
                Microsoft.CodeAnalysis.CSharp.Syntax.SwitchExpressionSyntax switchExpression => switchExpression,
                _ => null,
            };
            if (decider is null)
            {
                continue;
            }

            foreach (var pair in _taintedConditions)
            {
                if (decider.Span.Contains(pair.Key.Span) && pair.Key.SpanStart < value.Syntax.SpanStart && !pair.Key.Span.Contains(value.Syntax.Span))
                {
                    return pair.Value.Taint.Without(TaintKinds.Content) with { Fresh = false, MembersOnly = false, Site = null };
                }
            }
        }

        return TaintValue.Clean;
    }

    /// <summary>
    /// The state a lambda starts from: the state where it is created, plus, for a lambda passed to a member of a tainted
    /// receiver (<c>answers.ForEach(a => ...)</c>, <c>texts.Select(t => ...)</c>), its parameters carrying that taint.
    /// </summary>
    private TaintState LambdaEntry(IFlowAnonymousFunctionOperation lambda, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        var entry = state.ToImmutable();
        IOperation? current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
        {
            current = current.Parent;
        }

        if (current is IInvocationOperation invocation && lambda.Symbol.Parameters.Length > 0)
        {
            var receiver = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            var taint = receiver is null ? TaintValue.Clean : Evaluate(receiver, state);
            if (taint.Kinds != TaintKinds.None)
            {
                foreach (var parameter in lambda.Symbol.Parameters)
                {
                    entry = entry.SetItem(parameter, Filter(taint, parameter.Type) with { Fresh = false, MembersOnly = false });
                }
            }
        }

        return new TaintState(entry);
    }

    /// <summary>Copies the member entries of one holder to another (<c>var post = new Post { ... }</c> goes through a capture).</summary>
    private static void CopyMembers(ImmutableDictionary<object, TaintValue>.Builder state, object? from, object to)
    {
        if (from is null)
        {
            return;
        }

        List<KeyValuePair<object, TaintValue>>? copies = null;
        foreach (var pair in state)
        {
            if (pair.Key is MemberKey key && TaintState.KeysEqual(key.Holder, from))
            {
                (copies ??= new()).Add(new KeyValuePair<object, TaintValue>(new MemberKey(to, key.Member), pair.Value));
            }
        }

        if (copies is not null)
        {
            foreach (var copy in copies)
            {
                state[copy.Key] = copy.Value;
            }
        }
    }

    /// <summary>
    /// What a lambda hands back to the helper it is passed to (<c>AuditAsync(() => SummarizeCoreAsync(...))</c>): the taint
    /// of what its body returns, analysed from the state where it is created. A lambda that discloses its result before
    /// returning it (<c>() => AiGenerated.Create(...)</c>, <c>[AiDisclosure]</c>) hands back disclosed output.
    /// </summary>
    private TaintValue LambdaOutput(IFlowAnonymousFunctionOperation lambda, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        if (_summaryDepth >= MaxLambdaSummaryDepth)
        {
            return TaintValue.Clean;
        }

        var graph = CurrentGraph.GetAnonymousFunctionControlFlowGraph(lambda, CancellationToken);
        var summary = Returned(graph, LambdaEntry(lambda, state), _semanticModel, _context, _summaryDepth + 1, CancellationToken);
        _work += summary.Work; // the work test counts summaries too
        return summary.Taint with { Fresh = false, MembersOnly = false };
    }

    /// <summary>
    /// What a local function call hands back: its body's returns, analysed from the current state with its parameters
    /// bound to the arguments' taints. Null when it cannot be summarised (recursion, or its graph is not in sight).
    /// </summary>
    private TaintValue? LocalFunctionOutput(IMethodSymbol localFunction, ImmutableArray<IArgumentOperation> arguments, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        localFunction = localFunction.OriginalDefinition;
        if (_summarizing.Contains(localFunction) || FindLocalFunctionGraph(localFunction) is not { } graph)
        {
            return null;
        }

        var entry = state.ToImmutable();
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && Evaluate(argument.Value, state) is { Kinds: not TaintKinds.None } passed)
            {
                entry = entry.SetItem(parameter.OriginalDefinition, passed with { Fresh = false });
            }
        }

        var analysis = new TaintFlowAnalysis(_context, graph, _semanticModel, rootReturnIsSink: false, summary: true, CancellationToken);
        analysis._summarizing.UnionWith(_summarizing);
        analysis._summarizing.Add(localFunction);
        analysis.Analyze(graph, new TaintState(entry));
        return analysis._returned with { Fresh = false, MembersOnly = false };
    }

    /// <summary>The graph of a local function declared in the analysed member (or in one of its lambdas or local functions).</summary>
    private ControlFlowGraph? FindLocalFunctionGraph(IMethodSymbol localFunction)
    {
        for (var graph = CurrentGraph; graph is not null; graph = graph.Parent)
        {
            if (graph.LocalFunctions.Contains(localFunction, SymbolEqualityComparer.Default))
            {
                return graph.GetLocalFunctionControlFlowGraph(localFunction, CancellationToken);
            }
        }

        return null;
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

    private TaintValue Member(IOperation? instance, ImmutableDictionary<object, TaintValue>.Builder state, ISymbol? member = null)
    {
        if (instance is null)
        {
            return TaintValue.Clean;
        }

        var taint = Evaluate(instance, state);
        if (taint.MembersOnly && member is not null && KeyOf(instance) is { } holder)
        {
            // The holder is tainted only through what was stored into its members: this member holds what was stored in it.
            return state.TryGetValue(new MemberKey(holder, member.OriginalDefinition), out var stored) ? stored : TaintValue.Clean;
        }

        if (taint.Has(TaintKinds.Content) && instance.Type is { } holderType && HolderDisclosesOrCarriesNoContent(holderType))
        {
            // The value inside a disclosure wrapper was disclosed by the wrapper; a tool call's name and arguments and an
            // exception's message are not content for a person.
            taint = taint.Without(TaintKinds.Content);
        }

        return taint;
    }

    private TaintValue Call(IMethodSymbol method, IOperation call, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, ImmutableDictionary<object, TaintValue>.Builder state)
    {
        var aiCall = call is IInvocationOperation invocation ? _context.GetAiCall(invocation, SemanticModel, CancellationToken) : _context.GetAiCall(method);
        if ((aiCall ?? _context.GetGateway(method)) is { } ai)
        {
            // A gateway's AiGenerated<T> result is disclosed (the type filter removes Content) but unreviewed; so is the
            // result of an [AiFeature] member whose every return is disclosed.
            var source = Source(call, ai);
            return aiCall is { Origin: not AiCallOrigin.Catalog } && !_summary && _context.ReturnsOnlyDisclosedOutput(method, CancellationToken)
                ? source.Without(TaintKinds.Content)
                : source;
        }

        var inputs = instance is null ? TaintValue.Clean : Member(instance, state);
        foreach (var argument in arguments)
        {
            inputs = TaintValue.Union(inputs, Evaluate(argument.Value, state));
        }

        if (method.MethodKind == MethodKind.LocalFunction && LocalFunctionOutput(method, arguments, state) is { } returned)
        {
            return returned; // what its body returns, given these arguments (an AI call inside, or its inputs)
        }

        if (_context.IsDisclosure(method) || HasDelegateTo(arguments, _context.IsDisclosure))
        {
            // Disclosed directly, or every element is mapped through a disclosure method: texts.Select(AiBadge.Wrap).
            inputs = inputs.Without(TaintKinds.Content);
        }

        if (_context.IsHumanReview(method) || HasDelegateTo(arguments, _context.IsHumanReview))
        {
            inputs = inputs.Without(TaintKinds.Unreviewed);
        }

        if (inputs.Has(TaintKinds.Content) && _context.GetOutputSink(method) is not null)
        {
            inputs = inputs.Without(TaintKinds.Content); // reported at the argument; the result (Ok(...), a Task) is not reported again
        }

        return inputs;
    }

    private static bool HasDelegateTo(ImmutableArray<IArgumentOperation> arguments, System.Func<IMethodSymbol, bool> test)
    {
        foreach (var argument in arguments)
        {
            if (Strip(argument.Value) is IDelegateCreationOperation { Target: IMethodReferenceOperation reference } && test(reference.Method))
            {
                return true;
            }
        }

        return false;
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
        if (!_contentTypes.TryGetValue(type, out var carries))
        {
            carries = ComputeCanCarryContent(type);
            _contentTypes[type] = carries;
        }

        return carries;
    }

    private bool ComputeCanCarryContent(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (_context.IsAiGenerated(type) || _context.IsDisclosureType(type, CancellationToken))
        {
            return false;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && _context.IsAwaitable(type))
        {
            return CanCarryContent(generic.TypeArguments[0]);
        }

        if (IsBinary(type))
        {
            return true; // generated images and audio: bytes are content
        }

        if (type is IArrayTypeSymbol array)
        {
            return CanCarryContent(array.ElementType);
        }

        // List<int>, IEnumerable<bool>, Dictionary<string, double>... : a collection of values that carry no content.
        if (type is INamedTypeSymbol { IsGenericType: true } collection && type.SpecialType != SpecialType.System_String
            && collection.AllInterfaces.Any(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            && collection.TypeArguments.All(t => t.SpecialType == SpecialType.System_String ? false : !CanCarryContent(t)))
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single
                or SpecialType.System_Double or SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return false;
        }

        if (type.TypeKind == TypeKind.Enum || _context.IsAwaitable(type) || IsException(type) || _context.IsResponseMachinery(type))
        {
            return false;
        }

        if (NonContentTypes.Contains(type.OriginalDefinition.ToDisplayString()))
        {
            return false;
        }

        // Response metadata of any AI SDK (Anthropic StopReason and Usage, also inside wrappers such as ApiEnum<string, StopReason>,
        // OllamaSharp done reasons...): not content.
        return !IsResponseMetadata(type);
    }

    /// <summary>An AiGenerated&lt;T&gt; wrapper, a tool call or other response machinery, or an exception: its members carry no content to disclose.</summary>
    private bool HolderDisclosesOrCarriesNoContent(ITypeSymbol holder)
    {
        if (!_nonContentHolders.TryGetValue(holder, out var result))
        {
            result = _context.IsAiGenerated(holder) || _context.IsResponseMachinery(holder) || IsException(holder);
            _nonContentHolders[holder] = result;
        }

        return result;
    }

    /// <summary>Output of an agent run: there, "Agent" names the AI the reader is talking to.</summary>
    private static bool IsAgentOutput(TaintValue taint) => taint.Source?.Info.IsAgentRun == true;

    /// <summary>An exception: an error the call raised, not generated content.</summary>
    private static bool IsException(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace?.ToDisplayString() == "System")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>byte[], Memory&lt;byte&gt;, ReadOnlyMemory&lt;byte&gt;, BinaryData and streams: images, audio and files.</summary>
    private static bool IsBinary(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_Byte,
        INamedTypeSymbol { IsGenericType: true, Name: "ReadOnlyMemory" or "Memory", TypeArguments.Length: 1 } memory => memory.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        INamedTypeSymbol { Name: "BinaryData" or "Stream" } named => named.ContainingNamespace?.ToDisplayString() is "System" or "System.IO",
        _ => false,
    };

    private static bool IsResponseMetadata(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (!AiCompilationContext.IsAiSdkNamespace(ns))
        {
            return false;
        }

        var name = type.Name;
        if (name.Contains("Usage") || name.Contains("StopReason") || name.Contains("FinishReason") || name.Contains("DoneReason") || name.Contains("TokenCount"))
        {
            return true;
        }

        return type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(IsResponseMetadata);
    }

    /// <summary>Value types and SDK types that describe a response rather than carry its content.</summary>
    private static readonly ImmutableHashSet<string> NonContentTypes = ImmutableHashSet.Create(
        "System.DateTimeOffset", "System.TimeSpan", "System.Guid", "System.Threading.CancellationToken",
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
