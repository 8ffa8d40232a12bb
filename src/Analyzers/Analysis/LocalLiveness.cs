using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Where each local of a control-flow graph is used for the last time. Blocks run in the order of their ordinals except
/// along back edges (loops, a backward goto), so a local is dead from the first block after its last use, or after the
/// end of the last loop that holds that use. A write counts as a use, which only keeps a local longer. A dataflow may
/// drop a dead local: nothing reads it again. Locals whose uses the graph cannot all see are never dead: those referenced
/// by a lambda or local function, held or passed by reference, or used in an exception handler. Linear in the size of
/// the graph (times the number of loops that hold a last use).
/// </summary>
internal sealed class LocalLiveness
{
    private readonly Dictionary<ILocalSymbol, int> _lastUse;

    private LocalLiveness(Dictionary<ILocalSymbol, int> lastUse)
    {
        _lastUse = lastUse;
    }

    /// <summary>True when <paramref name="local"/> is certainly not used from the start of <paramref name="block"/> on.</summary>
    public bool IsDead(ILocalSymbol local, BasicBlock block) =>
        _lastUse.TryGetValue(local, out var last) && block.Ordinal > last;

    public static LocalLiveness Compute(ControlFlowGraph graph, CancellationToken cancellationToken)
    {
        var lastUse = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
        var pinned = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var blocks = graph.Blocks;

        // Uses that the graph's blocks do not show: lambdas and local functions (their bodies are other graphs).
        foreach (var operation in graph.OriginalOperation.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation reference && OperationPaths.InsideFunction(reference))
            {
                pinned.Add(reference.Local);
            }
        }

        var loops = new List<(int Start, int End)>();
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inHandler = InHandler(block.EnclosingRegion);
            foreach (var root in Roots(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is not ILocalReferenceOperation reference)
                    {
                        continue;
                    }

                    var local = reference.Local;
                    if (inHandler || local.IsRef || reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None })
                    {
                        pinned.Add(local);
                    }

                    lastUse[local] = block.Ordinal; // blocks are visited in order: the last one wins
                }
            }

            // A back edge: the blocks in between may run again.
            AddBackEdge(loops, block, block.FallThroughSuccessor?.Destination);
            AddBackEdge(loops, block, block.ConditionalSuccessor?.Destination);
        }

        foreach (var local in pinned)
        {
            lastUse.Remove(local); // never dead
        }

        if (loops.Count > 0 && lastUse.Count > 0)
        {
            // A last use inside a loop lasts to the loop's end (nested loops: repeat until nothing moves).
            foreach (var local in new List<ILocalSymbol>(lastUse.Keys))
            {
                var last = lastUse[local];
                for (var moved = true; moved;)
                {
                    moved = false;
                    foreach (var (start, end) in loops)
                    {
                        if (start <= last && last < end)
                        {
                            last = end;
                            moved = true;
                        }
                    }
                }

                lastUse[local] = last;
            }
        }

        return new LocalLiveness(lastUse);
    }

    private static void AddBackEdge(List<(int Start, int End)> loops, BasicBlock block, BasicBlock? successor)
    {
        if (successor is not null && successor.Ordinal <= block.Ordinal)
        {
            loops.Add((successor.Ordinal, block.Ordinal));
        }
    }

    private static IEnumerable<IOperation> Roots(BasicBlock block)
    {
        foreach (var operation in block.Operations)
        {
            yield return operation;
        }

        if (block.BranchValue is { } branch)
        {
            yield return branch;
        }
    }

    private static bool InHandler(ControlFlowRegion? region)
    {
        for (; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.Finally)
            {
                return true;
            }
        }

        return false;
    }
}
