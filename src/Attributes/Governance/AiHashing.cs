using System;
using System.Security.Cryptography;
using System.Text;

namespace ResponsibleAI;

/// <summary>SHA-256 and lowercase hexadecimal helpers shared by the audit types.</summary>
internal static class AiHashing
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>The lowercase hex SHA-256 of the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>The lowercase hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(bytes));
    }

    /// <summary>The lowercase hex HMAC-SHA256 of the UTF-8 encoding of <paramref name="text"/> under <paramref name="key"/>.</summary>
    public static string HmacSha256Hex(byte[] key, string text)
    {
        using var hmac = new HMACSHA256(key);
        return ToHex(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Lowercase hexadecimal digits, two a byte.</summary>
    public static string ToHex(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = HexDigits[bytes[i] >> 4];
            chars[(2 * i) + 1] = HexDigits[bytes[i] & 0xF];
        }

        return new string(chars);
    }

    /// <summary>Whether <paramref name="value"/> is 64 lowercase hexadecimal digits: the shape of a SHA-256 in hex.</summary>
    public static bool IsSha256Hex(string value)
    {
        if (value.Length != 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
