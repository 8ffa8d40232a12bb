using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>What AI output a value carries.</summary>
[System.Flags]
internal enum TaintKinds : byte
{
    None = 0,

    /// <summary>AI-generated content without its disclosure (RAI1003).</summary>
    Content = 1,

    /// <summary>AI output, disclosed or not, that no person has reviewed (RAI1004).</summary>
    Unreviewed = 2,
}

/// <summary>The AI call a tainted value comes from (reported as the additional location).</summary>
internal sealed record AiSource(SyntaxNode Call, AiCallInfo Info);

/// <summary>
/// The taint of one value: its kinds, one source (the first seen), whether it is an object created in this method
/// (<see cref="Fresh"/>), whether it is tainted only through members stored into it (<see cref="MembersOnly"/>: reading
/// another member of it is clean), and <see cref="Site"/>: where AI output was stored into it (reported instead of an
/// inline object creation that carries it).
/// </summary>
internal readonly record struct TaintValue(TaintKinds Kinds, AiSource? Source, bool Fresh, bool MembersOnly = false, SyntaxNode? Site = null)
{
    public static readonly TaintValue Clean = default;

    public bool Has(TaintKinds kinds) => (Kinds & kinds) != 0;

    public TaintValue Without(TaintKinds kinds) =>
        (Kinds & ~kinds) == TaintKinds.None ? this with { Kinds = TaintKinds.None, Source = null, MembersOnly = false, Site = null } : this with { Kinds = Kinds & ~kinds };

    public static TaintValue Union(TaintValue a, TaintValue b) =>
        new(a.Kinds | b.Kinds, a.Kinds != TaintKinds.None ? a.Source : b.Source, false, MembersOnlyOf(a, b), a.Site ?? b.Site);

    /// <summary>Meet at a join point: tainted if tainted on any path (a may-analysis); fresh only if fresh on every path.</summary>
    public static TaintValue Meet(TaintValue a, TaintValue b) =>
        new(a.Kinds | b.Kinds, a.Kinds != TaintKinds.None ? a.Source : b.Source, a.Fresh && b.Fresh, MembersOnlyOf(a, b), a.Site ?? b.Site);

    private static bool MembersOnlyOf(TaintValue a, TaintValue b) =>
        (a.Kinds | b.Kinds) != TaintKinds.None && (a.Kinds == TaintKinds.None || a.MembersOnly) && (b.Kinds == TaintKinds.None || b.MembersOnly);
}

/// <summary>Key for the value stored in one member of a tracked holder (field sensitivity for DTOs and entities).</summary>
internal sealed record MemberKey(object Holder, ISymbol Member)
{
    public bool Equals(MemberKey? other) =>
        other is not null && SymbolEqualityComparer.Default.Equals(Member, other.Member) && TaintState.KeysEqual(Holder, other.Holder);

    public override int GetHashCode() => TaintState.KeyHash(Holder) * 31 + SymbolEqualityComparer.Default.GetHashCode(Member);
}

/// <summary>The lattice element of the AI-output dataflow: the taint of each tracked local, parameter and flow capture.</summary>
internal sealed class TaintState
{
    public static readonly TaintState Empty = new(ImmutableDictionary<object, TaintValue>.Empty.WithComparers(FlowKeyComparer.Instance));

    public TaintState(ImmutableDictionary<object, TaintValue> values)
    {
        Values = values;
    }

    public ImmutableDictionary<object, TaintValue> Values { get; }

    public TaintValue Get(object key) => Values.TryGetValue(key, out var value) ? value : TaintValue.Clean;

    public static TaintState Meet(TaintState a, TaintState b)
    {
        if (ReferenceEquals(a, b))
        {
            return a;
        }

        var builder = a.Values.ToBuilder();
        foreach (var pair in b.Values)
        {
            builder[pair.Key] = a.Values.TryGetValue(pair.Key, out var existing)
                ? TaintValue.Meet(existing, pair.Value)
                : pair.Value with { Fresh = false };
        }

        foreach (var pair in a.Values)
        {
            if (!b.Values.ContainsKey(pair.Key) && pair.Value.Fresh)
            {
                builder[pair.Key] = pair.Value with { Fresh = false };
            }
        }

        return new TaintState(builder.ToImmutable());
    }

    /// <summary>
    /// This state without <paramref name="locals"/> and <paramref name="captures"/> (out of scope) and without the members
    /// tracked under them; the same instance when it holds none of them.
    /// </summary>
    public TaintState Without(ImmutableArray<ILocalSymbol> locals, ImmutableArray<Microsoft.CodeAnalysis.FlowAnalysis.CaptureId> captures)
    {
        if (Values.IsEmpty || !HoldsAny(locals, captures))
        {
            return this; // the common case: nothing of the region is tracked (members kept under an untracked local stay; no one reads them)
        }

        List<object>? remove = null;
        foreach (var pair in Values)
        {
            if (IsRootedIn(pair.Key, locals, captures))
            {
                (remove ??= new List<object>()).Add(pair.Key);
            }
        }

        return remove is null ? this : new TaintState(Values.RemoveRange(remove));
    }

    /// <summary>This state without the locals (and the members tracked under them) that no block from <paramref name="block"/> on uses.</summary>
    public TaintState WithoutDead(LocalLiveness liveness, Microsoft.CodeAnalysis.FlowAnalysis.BasicBlock block)
    {
        List<object>? remove = null;
        foreach (var pair in Values)
        {
            if (RootOf(pair.Key) is ILocalSymbol local && liveness.IsDead(local, block))
            {
                (remove ??= new List<object>()).Add(pair.Key);
            }
        }

        return remove is null ? this : new TaintState(Values.RemoveRange(remove));
    }

    private bool HoldsAny(ImmutableArray<ILocalSymbol> locals, ImmutableArray<Microsoft.CodeAnalysis.FlowAnalysis.CaptureId> captures)
    {
        foreach (var local in locals)
        {
            if (Values.ContainsKey(local))
            {
                return true;
            }
        }

        foreach (var capture in captures)
        {
            if (Values.ContainsKey(capture))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local, parameter or capture a key is about: itself, or the holder of a tracked member, recursively.</summary>
    private static object RootOf(object key)
    {
        while (key is MemberKey member)
        {
            key = member.Holder;
        }

        return key;
    }

    private static bool IsRootedIn(object key, ImmutableArray<ILocalSymbol> locals, ImmutableArray<Microsoft.CodeAnalysis.FlowAnalysis.CaptureId> captures)
    {
        switch (RootOf(key))
        {
            case ILocalSymbol local:
                foreach (var candidate in locals)
                {
                    if (SymbolEqualityComparer.Default.Equals(candidate, local))
                    {
                        return true;
                    }
                }

                return false;
            case Microsoft.CodeAnalysis.FlowAnalysis.CaptureId id:
                return captures.Contains(id);
            default:
                return false;
        }
    }

    public bool SameAs(TaintState other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other.Values.Count != Values.Count)
        {
            return false;
        }

        foreach (var pair in Values)
        {
            // Sources are bookkeeping for messages; convergence is decided on kinds and freshness.
            if (!other.Values.TryGetValue(pair.Key, out var value) || value.Kinds != pair.Value.Kinds || value.Fresh != pair.Value.Fresh
                || value.MembersOnly != pair.Value.MembersOnly)
            {
                return false;
            }
        }

        return true;
    }

    public static object Key(CaptureId id) => id;

    public static bool KeysEqual(object x, object y) => FlowKeyComparer.Instance.Equals(x, y);

    public static int KeyHash(object key) => FlowKeyComparer.Instance.GetHashCode(key);
}
