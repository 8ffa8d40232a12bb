using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// What a boolean value tells about the guard facts: the facts that hold when it is true and when it is false.
/// Always normalised to include the facts already established where the value was computed, so that a meet
/// at a join point keeps what each path knew (facts never go away along a path).
/// </summary>
internal readonly record struct BoolFacts(Facts WhenTrue, Facts WhenFalse)
{
    public BoolFacts Negate() => new(WhenFalse, WhenTrue);

    public BoolFacts Including(Facts established) => new(WhenTrue | established, WhenFalse | established);

    public static BoolFacts Meet(BoolFacts a, BoolFacts b) => new(a.WhenTrue & b.WhenTrue, a.WhenFalse & b.WhenFalse);

    /// <summary>A constant: the impossible outcome implies everything.</summary>
    public static BoolFacts Constant(bool value, Facts established) =>
        value ? new BoolFacts(established, Facts.All) : new BoolFacts(Facts.All, established);
}

/// <summary>
/// The lattice element of the guard dataflow at one program point: the established facts (meet = intersection)
/// and what tracked boolean locals and flow captures imply (meet = pointwise, dropping keys not on every path).
/// Immutable; <see cref="Builder"/> is the mutable form used inside a block.
/// </summary>
internal sealed class GuardState
{
    private static readonly IReadOnlyDictionary<object, BoolFacts> NoValues = ImmutableDictionary<object, BoolFacts>.Empty;

    private readonly IReadOnlyDictionary<object, BoolFacts> _values;

    private GuardState(Facts facts, IReadOnlyDictionary<object, BoolFacts> values)
    {
        Facts = facts;
        _values = values;
    }

    public Facts Facts { get; }

    public static GuardState Initial(Facts facts) => new(facts, NoValues);

    /// <summary>The same facts with no tracked values (entry to an exception handler, where any value may be stale).</summary>
    public GuardState WithoutValues() => _values.Count == 0 ? this : new GuardState(Facts, NoValues);

    public static GuardState? Meet(GuardState? a, GuardState? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null || ReferenceEquals(a, b))
        {
            return a;
        }

        Dictionary<object, BoolFacts>? values = null;
        foreach (var pair in a._values)
        {
            if (b._values.TryGetValue(pair.Key, out var other))
            {
                values ??= new Dictionary<object, BoolFacts>(FlowKeyComparer.Instance);
                values[pair.Key] = BoolFacts.Meet(pair.Value, other);
            }
        }

        return new GuardState(a.Facts & b.Facts, values ?? NoValues);
    }

    public bool SameAs(GuardState? other)
    {
        if (other is null || other.Facts != Facts || other._values.Count != _values.Count)
        {
            return false;
        }

        foreach (var pair in _values)
        {
            if (!other._values.TryGetValue(pair.Key, out var value) || value != pair.Value)
            {
                return false;
            }
        }

        return true;
    }

    public Builder ToBuilder() => new(Facts, _values);

    /// <summary>The mutable state while walking one block's operations.</summary>
    internal sealed class Builder
    {
        private Dictionary<object, BoolFacts>? _values;
        private IReadOnlyDictionary<object, BoolFacts> _original;

        public Builder(Facts facts, IReadOnlyDictionary<object, BoolFacts> values)
        {
            Facts = facts;
            _original = values;
        }

        public Facts Facts { get; private set; }

        public void Establish(Facts facts) => Facts |= facts;

        public bool TryGetValue(object key, out BoolFacts value) => _values is null ? _original.TryGetValue(key, out value) : _values.TryGetValue(key, out value);

        public void Set(object key, BoolFacts? value)
        {
            IReadOnlyDictionary<object, BoolFacts> current = _values is null ? _original : _values;
            if (value is null && !current.ContainsKey(key))
            {
                return;
            }

            if (_values is null)
            {
                _values = new Dictionary<object, BoolFacts>(FlowKeyComparer.Instance);
                foreach (var pair in _original)
                {
                    _values.Add(pair.Key, pair.Value);
                }
            }

            if (value is { } known)
            {
                _values[key] = known;
            }
            else
            {
                _values.Remove(key);
            }
        }

        /// <summary>A snapshot: later writes to this builder copy first, so the returned state never changes.</summary>
        public GuardState ToState() => new(Facts, Freeze());

        public GuardState ToState(Facts extra) => new(Facts | extra, Freeze());

        private IReadOnlyDictionary<object, BoolFacts> Freeze()
        {
            if (_values is not null)
            {
                _original = _values;
                _values = null;
            }

            return _original;
        }
    }

    /// <summary>Key for a flow capture (a value the CFG introduced for ?:, &&, switch, ...).</summary>
    public static object Key(CaptureId id) => id;

    /// <summary>Tuples of guards are tracked up to this many elements.</summary>
    public const int MaxTupleElements = 4;

    /// <summary>Key for element <paramref name="index"/> of a tuple held by a local or capture.</summary>
    public static object TupleKey(object holder, int index) => new TupleElement(holder, index);

    private sealed record TupleElement(object Holder, int Index)
    {
        public bool Equals(TupleElement? other) =>
            other is not null && Index == other.Index && FlowKeyComparer.Instance.Equals(Holder, other.Holder);

        public override int GetHashCode() => FlowKeyComparer.Instance.GetHashCode(Holder) * 31 + Index;
    }

    /// <summary>Key for "this local holds a throwing guard's task, not yet awaited" (value: the facts awaiting it establishes).</summary>
    public static object TaskKey(ILocalSymbol local) => new PendingTask(local);

    private sealed record PendingTask(ILocalSymbol Local)
    {
        public bool Equals(PendingTask? other) => other is not null && SymbolEqualityComparer.Default.Equals(Local, other.Local);

        public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Local);
    }
}
