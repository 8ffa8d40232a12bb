using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// The dataflow core every rule reuses: a forward analysis over a member's <see cref="ControlFlowGraph"/>, its lambdas
/// and its local functions. A rule supplies the lattice (<see cref="Meet"/>, <see cref="SameState"/>) and the transfer
/// of one block; the core does the rest:
/// <list type="bullet">
/// <item>blocks are revisited round-robin only while their input changes (a finite lattice of small height: linear cost);</item>
/// <item>catch, filter and finally blocks start from the state at entry to their try block (an exception can leave the try anywhere);</item>
/// <item>a lambda is analysed from the state where it is created;</item>
/// <item>a local function from the meet over its call sites, iterated to a fixpoint (recursion works);</item>
/// <item>after convergence, one recording pass (<see cref="Recording"/> is true) in which the rule collects its findings.</item>
/// </list>
/// </summary>
/// <typeparam name="TState">The rule's lattice element; immutable.</typeparam>
internal abstract class ForwardFlowAnalysis<TState>
    where TState : class
{
    private const int MaxLocalFunctionRounds = 6;

    private readonly List<(ControlFlowGraph Graph, IFlowAnonymousFunctionOperation Lambda, TState State)> _lambdas = new();
    private Dictionary<IMethodSymbol, TState> _localFunctionEntry = new(SymbolEqualityComparer.Default);
    private Dictionary<IMethodSymbol, TState> _localFunctionCallSites = new(SymbolEqualityComparer.Default);

    protected ForwardFlowAnalysis(CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
    }

    /// <summary>Block transfers performed; lets tests prove the cost is linear in the size of the method.</summary>
    public int TransferCount { get; private set; }

    protected CancellationToken CancellationToken { get; }

    /// <summary>True during the final pass over converged states: the rule records its findings only then.</summary>
    protected bool Recording { get; private set; }

    /// <summary>Meet of two states at a join point.</summary>
    protected abstract TState Meet(TState a, TState b);

    /// <summary>State equality (convergence test).</summary>
    protected abstract bool SameState(TState a, TState b);

    /// <summary>The state a catch/filter/finally block starts from, given the state at entry to its try block.</summary>
    protected abstract TState AtHandlerEntry(TState atTryEntry);

    /// <summary>The state a lambda body starts from, given the state where the lambda is created.</summary>
    protected abstract TState AtLambdaEntry(TState atCreation);

    /// <summary>The state a local function starts from, given the meet over its call sites.</summary>
    protected abstract TState AtLocalFunctionEntry(TState atCallSites);

    /// <summary>The start of the local-function fixpoint (optimistic), also used for a local function that is never called.</summary>
    protected abstract TState LocalFunctionStart { get; }

    /// <summary>Called at the start of each round (the rule clears the findings of the previous one).</summary>
    protected abstract void OnRoundStart();

    /// <summary>Transfers one block: the state after it on the fall-through edge and, for a conditional block, on the conditional edge.</summary>
    protected abstract void Transfer(BasicBlock block, TState input, out TState fallThrough, out TState? conditional);

    /// <summary>Runs the analysis from <paramref name="entry"/>; findings are whatever the rule recorded in the last round.</summary>
    protected void Analyze(ControlFlowGraph graph, TState entry)
    {
        for (var round = 0; ; round++)
        {
            OnRoundStart();
            _localFunctionCallSites = new Dictionary<IMethodSymbol, TState>(SymbolEqualityComparer.Default);
            AnalyzeGraph(graph, entry);

            var next = new Dictionary<IMethodSymbol, TState>(SymbolEqualityComparer.Default);
            var changed = false;
            foreach (var pair in _localFunctionEntry)
            {
                var value = _localFunctionCallSites.TryGetValue(pair.Key, out var sites) ? AtLocalFunctionEntry(sites) : LocalFunctionStart;
                next[pair.Key] = value;
                changed |= !SameState(value, pair.Value);
            }

            if (!changed)
            {
                return;
            }

            _localFunctionEntry = next;
            if (round == MaxLocalFunctionRounds)
            {
                // Cannot happen with a monotone transfer; never loop forever: one last round from the current estimates.
                OnRoundStart();
                AnalyzeGraph(graph, entry);
                return;
            }
        }
    }

    /// <summary>A lambda is created here (call from <see cref="Transfer"/>).</summary>
    protected void RecordLambda(ControlFlowGraph graph, IFlowAnonymousFunctionOperation lambda, TState state)
    {
        if (Recording)
        {
            _lambdas.Add((graph, lambda, state));
        }
    }

    /// <summary>A local function is called or converted to a delegate here (call from <see cref="Transfer"/>).</summary>
    protected void RecordLocalFunctionUse(IMethodSymbol localFunction, TState state)
    {
        if (!Recording)
        {
            return;
        }

        localFunction = localFunction.OriginalDefinition;
        _localFunctionCallSites[localFunction] = _localFunctionCallSites.TryGetValue(localFunction, out var existing) ? Meet(existing, state) : state;
    }

    /// <summary>The graph being analysed (lambdas and local functions have their own).</summary>
    protected ControlFlowGraph CurrentGraph { get; private set; } = null!;

    private void AnalyzeGraph(ControlFlowGraph graph, TState entry)
    {
        var blocks = graph.Blocks;
        var input = new TState?[blocks.Length];
        var fallThroughOut = new TState?[blocks.Length];
        var conditionalOut = new TState?[blocks.Length];
        var computed = new bool[blocks.Length];
        var handlerSources = HandlerSources(graph);
        var outer = CurrentGraph;
        CurrentGraph = graph;

        var changed = true;
        for (var pass = 0; changed && pass < blocks.Length + 8; pass++)
        {
            changed = false;
            foreach (var block in blocks)
            {
                CancellationToken.ThrowIfCancellationRequested();
                var state = ComputeInput(block, entry, input, fallThroughOut, conditionalOut, handlerSources);
                state = state is null ? null : AtBlockEntry(state, block);
                if (state is null || (computed[block.Ordinal] && SameState(input[block.Ordinal]!, state)))
                {
                    continue;
                }

                input[block.Ordinal] = state;
                computed[block.Ordinal] = true;
                TransferCount++;
                Transfer(block, state, out var fallThrough, out var conditional);
                fallThroughOut[block.Ordinal] = fallThrough;
                conditionalOut[block.Ordinal] = conditional;
                changed = true;
            }
        }

        // Converged: one recording pass.
        var firstLambda = _lambdas.Count;
        Recording = true;
        foreach (var block in blocks)
        {
            if (input[block.Ordinal] is { } state)
            {
                TransferCount++;
                Transfer(block, state, out _, out _);
            }
        }

        Recording = false;
        var lambdas = _lambdas.GetRange(firstLambda, _lambdas.Count - firstLambda);
        _lambdas.RemoveRange(firstLambda, _lambdas.Count - firstLambda);
        foreach (var (owner, lambda, state) in lambdas)
        {
            if (AnalyzesLambdaBodies)
            {
                AnalyzeGraph(owner.GetAnonymousFunctionControlFlowGraph(lambda, CancellationToken), AtLambdaEntry(state));
            }
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            if (!_localFunctionEntry.TryGetValue(localFunction, out var start))
            {
                start = LocalFunctionStart;
                _localFunctionEntry[localFunction] = start;
            }

            AnalyzeGraph(graph.GetLocalFunctionControlFlowGraph(localFunction, CancellationToken), start);
        }

        CurrentGraph = outer;
    }

    private TState? ComputeInput(
        BasicBlock block,
        TState entry,
        TState?[] input,
        TState?[] fallThroughOut,
        TState?[] conditionalOut,
        Dictionary<int, int> handlerSources)
    {
        if (block.Kind == BasicBlockKind.Entry)
        {
            return entry;
        }

        TState? state = null;
        foreach (var predecessor in block.Predecessors)
        {
            var source = predecessor.Source.Ordinal;
            var incoming = predecessor.IsConditionalSuccessor ? conditionalOut[source] : fallThroughOut[source];
            state = MeetOrNull(state, incoming is null ? null : LeaveRegions(incoming, predecessor.Source, block));
        }

        if (handlerSources.TryGetValue(block.Ordinal, out var tryStart) && input[tryStart] is { } atTry)
        {
            state = MeetOrNull(state, AtHandlerEntry(atTry));
        }

        return state;
    }

    /// <summary>
    /// The state along an edge, without what the regions the edge leaves declared: their locals and flow captures are out
    /// of scope, so the states stay the size of what is in scope (a method of a thousand branches, each with a local of
    /// its own, is analysed in linear time).
    /// </summary>
    private TState LeaveRegions(TState state, BasicBlock from, BasicBlock to)
    {
        for (var region = from.EnclosingRegion; region is not null && (to.Ordinal < region.FirstBlockOrdinal || to.Ordinal > region.LastBlockOrdinal); region = region.EnclosingRegion)
        {
            if (!region.Locals.IsEmpty || !region.CaptureIds.IsEmpty)
            {
                state = LeaveRegion(state, region);
            }
        }

        return state;
    }

    /// <summary>Whether the lambdas created in a graph are analysed too (a rule that needs only the graph's own returns says no).</summary>
    protected virtual bool AnalyzesLambdaBodies => true;

    /// <summary>The state a block starts from, given the meet of its predecessors' (a rule may drop what is dead there); by default, unchanged.</summary>
    protected virtual TState AtBlockEntry(TState state, BasicBlock block) => state;

    /// <summary>The state once <paramref name="region"/>'s locals and captures are out of scope; by default, unchanged.</summary>
    protected virtual TState LeaveRegion(TState state, ControlFlowRegion region) => state;

    private TState? MeetOrNull(TState? a, TState? b) => a is null ? b : b is null ? a : Meet(a, b);

    /// <summary>Maps the first block of each handler region to the first block of its try region.</summary>
    private static Dictionary<int, int> HandlerSources(ControlFlowGraph graph)
    {
        var map = new Dictionary<int, int>();
        var pending = new Stack<ControlFlowRegion>();
        pending.Push(graph.Root);
        while (pending.Count > 0)
        {
            var region = pending.Pop();
            if (region.Kind is ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally && region.NestedRegions.Length > 1)
            {
                var tryStart = region.NestedRegions[0].FirstBlockOrdinal;
                for (var i = 1; i < region.NestedRegions.Length; i++)
                {
                    map[region.NestedRegions[i].FirstBlockOrdinal] = tryStart;
                }
            }

            foreach (var nested in region.NestedRegions)
            {
                pending.Push(nested);
            }
        }

        return map;
    }
}
