namespace ResponsibleAI;

/// <summary>Validation of feature ids: <c>^[a-z][a-z0-9]*([.-][a-z0-9]+)*$</c>.</summary>
internal static class AiFeatureId
{
    /// <summary>The pattern, for messages.</summary>
    public const string Pattern = "^[a-z][a-z0-9]*([.-][a-z0-9]+)*$";

    /// <summary>
    /// Whether <paramref name="id"/> matches <see cref="Pattern"/>. Written by hand (no Regex) so that a trailing
    /// newline, which <c>$</c> would accept, is rejected.
    /// </summary>
    public static bool IsValid(string? id)
    {
        if (id is null || id.Length == 0 || !IsLower(id[0]))
        {
            return false;
        }

        var previousWasSeparator = false;
        for (var i = 1; i < id.Length; i++)
        {
            var c = id[i];
            if (c is '.' or '-')
            {
                if (previousWasSeparator)
                {
                    return false;
                }

                previousWasSeparator = true;
            }
            else if (IsLower(c) || c is >= '0' and <= '9')
            {
                previousWasSeparator = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasSeparator;
    }

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';
}
