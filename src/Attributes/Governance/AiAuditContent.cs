using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ResponsibleAI;

/// <summary>
/// What an audit event may say about an AI feature's output without containing it: its length, the SHA-256 of its
/// bytes, and for streams the number of items. Audit logs are a data-protection risk of their own, so the output text
/// itself is never stored here; <see cref="Describe{T}(T)"/> reads the value once and keeps only these numbers.
/// </summary>
/// <remarks>
/// <para>What <see cref="Describe{T}(T)"/> records:</para>
/// <list type="table">
/// <listheader><term>Value</term><description><see cref="Length"/> / <see cref="Sha256"/></description></listheader>
/// <item><term><see cref="string"/>, <c>char[]</c></term><description>UTF-16 code units (<see cref="string.Length"/>) / SHA-256 of the UTF-8 text.</description></item>
/// <item><term><c>byte[]</c></term><description>bytes / SHA-256 of the bytes.</description></item>
/// <item><term><see cref="AiGenerated{T}"/></term><description>whatever its <see cref="AiGenerated{T}.Value"/> gives (the notice is not described).</description></item>
/// <item><term>a collection (<see cref="ICollection"/>, <see cref="ICollection{T}"/>, <see cref="IReadOnlyCollection{T}"/>)</term><description>its element count / <see langword="null"/>.</description></item>
/// <item><term><see langword="null"/>, a lazy <see cref="IEnumerable"/>, any other type</term><description><see langword="null"/> / <see langword="null"/> (<see cref="None"/>).</description></item>
/// </list>
/// <para>
/// A lazy sequence is never enumerated (it could call the model again, or be single-use), and no value is ever turned
/// into text with <see cref="object.ToString"/>. Streams are described with a <see cref="Builder"/>, one item at a time.
/// </para>
/// <para>
/// The hash of a short or predictable output (a label, "yes", a score) can be reversed by hashing the few candidates;
/// <see cref="AiGovernanceOptions.RecordOutputSha256"/> turns hashes off.
/// </para>
/// </remarks>
public sealed class AiAuditContent : IEquatable<AiAuditContent>
{
    /// <summary>Gets a description that says nothing: no length, no hash, no item count (a <see langword="null"/> or opaque output).</summary>
    public static AiAuditContent None { get; } = new(null, null, null);

    /// <summary>Initializes a new instance of the <see cref="AiAuditContent"/> class from numbers computed elsewhere.</summary>
    /// <param name="length">The output's length (see <see cref="Length"/>), or <see langword="null"/> when unknown.</param>
    /// <param name="sha256">The SHA-256 of the output as 64 lowercase hexadecimal digits, or <see langword="null"/>.</param>
    /// <param name="items">The number of streamed items, or <see langword="null"/> when the output is not a stream.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> or <paramref name="items"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="sha256"/> is not 64 lowercase hexadecimal digits (so that no text can be smuggled into the hash field).
    /// </exception>
    public AiAuditContent(long? length, string? sha256, long? items)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length must not be negative.");
        }

        if (items < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(items), items, "The item count must not be negative.");
        }

        if (sha256 is not null && !AiHashing.IsSha256Hex(sha256))
        {
            throw new ArgumentException("The SHA-256 must be 64 lowercase hexadecimal digits.", nameof(sha256));
        }

        Length = length;
        Sha256 = sha256;
        Items = items;
    }

    /// <summary>
    /// Gets the output's length: UTF-16 code units for text, bytes for a byte array, the element count for a
    /// collection, and for a stream the sum of its items' lengths (when every item has one). <see langword="null"/>
    /// when unknown.
    /// </summary>
    public long? Length { get; }

    /// <summary>
    /// Gets the SHA-256 of the output as 64 lowercase hexadecimal digits: of the UTF-8 encoding of text, of the bytes
    /// of a byte array, and for a stream of the concatenation of its items (when they are all text or all bytes).
    /// <see langword="null"/> otherwise.
    /// </summary>
    public string? Sha256 { get; }

    /// <summary>Gets the number of items of a streamed output; <see langword="null"/> when the output is not a stream.</summary>
    public long? Items { get; }

    /// <summary>Describes an output by its length and hash, without keeping it. See the remarks of <see cref="AiAuditContent"/>.</summary>
    /// <typeparam name="T">The output's static type.</typeparam>
    /// <param name="value">The output; <see langword="null"/> gives <see cref="None"/>.</param>
    /// <returns>The description.</returns>
    public static AiAuditContent Describe<T>(T value) => DescribeObject(value);

    /// <summary>Returns a copy without <see cref="Sha256"/>.</summary>
    /// <returns>The same length and item count, no hash.</returns>
    public AiAuditContent WithoutSha256() => Sha256 is null ? this : new AiAuditContent(Length, null, Items);

    /// <summary>Returns e.g. <c>length=3 sha256=ba7816bf… items=2</c>, or <c>none</c>.</summary>
    /// <returns>The description; never the output text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Length is { } length)
        {
            parts.Add("length=" + length.ToString(CultureInfo.InvariantCulture));
        }

        if (Sha256 is not null)
        {
            parts.Add("sha256=" + Sha256);
        }

        if (Items is { } items)
        {
            parts.Add("items=" + items.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "none" : string.Join(" ", parts);
    }

    /// <summary>Determines whether two descriptions have the same length, hash and item count.</summary>
    /// <param name="other">The description to compare with.</param>
    /// <returns><see langword="true"/> when all three are equal.</returns>
    public bool Equals(AiAuditContent? other) =>
        other is not null
        && Length == other.Length
        && Items == other.Items
        && string.Equals(Sha256, other.Sha256, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AiAuditContent);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Length.GetHashCode();
            hash = (hash * 397) ^ Items.GetHashCode();
            hash = (hash * 397) ^ (Sha256 is null ? 0 : StringComparer.Ordinal.GetHashCode(Sha256));
            return hash;
        }
    }

    private static AiAuditContent DescribeObject(object? value)
    {
        value = Unwrap(value);
        switch (value)
        {
            case null:
                return None;
            case string text:
                return new AiAuditContent(text.Length, AiHashing.Sha256Hex(text), null);
            case char[] chars:
                return new AiAuditContent(chars.Length, AiHashing.Sha256Hex(Encoding.UTF8.GetBytes(chars)), null);
            case byte[] bytes:
                return new AiAuditContent(bytes.Length, AiHashing.Sha256Hex(bytes), null);
            case ICollection collection:
                return new AiAuditContent(collection.Count, null, null);
            default:
                return CountOf(value) is { } count ? new AiAuditContent(count, null, null) : None;
        }
    }

    /// <summary>The value inside (possibly nested) <see cref="AiGenerated{T}"/> wrappers.</summary>
    private static object? Unwrap(object? value)
    {
        while (value is IAiGeneratedValue generated)
        {
            value = generated.BoxedValue;
        }

        return value;
    }

    /// <summary>The <c>Count</c> of a generic collection that is not an <see cref="ICollection"/>, without enumerating it.</summary>
    private static int? CountOf(object value)
    {
        if (value is not IEnumerable)
        {
            return null;
        }

        foreach (var type in value.GetType().GetInterfaces())
        {
            if (!type.IsGenericType)
            {
                continue;
            }

            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                if (type.GetProperty(nameof(ICollection.Count), BindingFlags.Public | BindingFlags.Instance)?.GetValue(value) is int count)
                {
                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Describes a streamed output item by item, without keeping any item: counts items, sums their lengths and
    /// hashes their concatenation. Call <see cref="Add{T}(T)"/> for every item, then <see cref="Build"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="AiAuditContent.Items"/> is the number of <see cref="Add{T}(T)"/> calls. <see cref="AiAuditContent.Length"/>
    /// is the sum of the items' lengths as <see cref="Describe{T}(T)"/> measures them (a <see langword="null"/> item adds
    /// 0), or <see langword="null"/> as soon as one item has no length. <see cref="AiAuditContent.Sha256"/> is the SHA-256
    /// of the concatenated UTF-8 text when every item is text (<see cref="string"/>, <c>char[]</c>, or either inside
    /// <see cref="AiGenerated{T}"/>), of the concatenated bytes when every item is a <c>byte[]</c>, otherwise
    /// <see langword="null"/>. Text is encoded as one stream, so a surrogate pair split across two chunks hashes the same
    /// as the whole text: streaming <c>"ab"</c>, <c>"c"</c> gives the description of <c>"abc"</c> plus <c>Items = 2</c>.
    /// </para>
    /// <para>An instance is not thread-safe. <see cref="Build"/> releases the hash; a builder that is never built holds nothing but managed memory and a hash object the garbage collector releases.</para>
    /// </remarks>
    public sealed class Builder
    {
        private long _items;
        private long _length;
        private bool _lengthKnown = true;
        private HashKind _kind;
        private IncrementalHash? _hash;
        private Encoder? _encoder;
        private AiAuditContent? _built;

        private enum HashKind
        {
            Empty,
            Text,
            Bytes,
            None,
        }

        /// <summary>Gets the number of items added so far.</summary>
        public long Items => _items;

        /// <summary>Describes one more item of the stream.</summary>
        /// <typeparam name="T">The item's static type.</typeparam>
        /// <param name="item">The item; it is not kept.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
        public Builder Add<T>(T item)
        {
            if (_built is not null)
            {
                throw new InvalidOperationException("This AiAuditContent.Builder was already built.");
            }

            _items++;
            var value = Unwrap(item);
            switch (value)
            {
                case null:
                    break;
                case string text:
                    AddText(text.ToCharArray());
                    break;
                case char[] chars:
                    AddText(chars);
                    break;
                case byte[] bytes:
                    AddBytes(bytes);
                    break;
                default:
                    StopHashing();
                    if (DescribeObject(value).Length is { } length)
                    {
                        _length += length;
                    }
                    else
                    {
                        _lengthKnown = false;
                    }

                    break;
            }

            return this;
        }

        /// <summary>Finishes the description. Later calls return the same result.</summary>
        /// <returns>The stream's description, with <see cref="AiAuditContent.Items"/> set.</returns>
        public AiAuditContent Build()
        {
            if (_built is not null)
            {
                return _built;
            }

            string? sha256 = null;
            switch (_kind)
            {
                case HashKind.Empty:
                    sha256 = AiHashing.Sha256Hex(Array.Empty<byte>());
                    break;
                case HashKind.Text:
                case HashKind.Bytes:
                    if (_kind == HashKind.Text)
                    {
                        // Flush a high surrogate left over from the last chunk (it becomes U+FFFD, as in Encoding.UTF8.GetBytes).
                        Append(Array.Empty<char>(), flush: true);
                    }

                    sha256 = AiHashing.ToHex(_hash!.GetHashAndReset());
                    break;
            }

            StopHashing();
            _built = new AiAuditContent(_lengthKnown ? _length : null, sha256, _items);
            return _built;
        }

        private void AddText(char[] chars)
        {
            _length += chars.Length;
            if (_kind == HashKind.Empty)
            {
                _kind = HashKind.Text;
                _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                _encoder = Encoding.UTF8.GetEncoder();
            }

            if (_kind == HashKind.Text)
            {
                Append(chars, flush: false);
            }
            else
            {
                StopHashing();
            }
        }

        private void AddBytes(byte[] bytes)
        {
            _length += bytes.Length;
            if (_kind == HashKind.Empty)
            {
                _kind = HashKind.Bytes;
                _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            }

            if (_kind == HashKind.Bytes)
            {
                _hash!.AppendData(bytes);
            }
            else
            {
                StopHashing();
            }
        }

        private void Append(char[] chars, bool flush)
        {
            var buffer = new byte[_encoder!.GetByteCount(chars, 0, chars.Length, flush)];
            var written = _encoder.GetBytes(chars, 0, chars.Length, buffer, 0, flush);
            _hash!.AppendData(buffer, 0, written);
        }

        private void StopHashing()
        {
            _kind = HashKind.None;
            _hash?.Dispose();
            _hash = null;
            _encoder = null;
        }
    }
}

/// <summary>Lets <see cref="AiAuditContent"/> describe the value inside any <see cref="AiGenerated{T}"/>.</summary>
internal interface IAiGeneratedValue
{
    /// <summary>Gets <see cref="AiGenerated{T}.Value"/>, boxed.</summary>
    object? BoxedValue { get; }
}
