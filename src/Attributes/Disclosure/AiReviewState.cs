namespace ResponsibleAI;

/// <summary>Whether a person has reviewed a piece of AI-generated output.</summary>
public enum AiReviewState
{
    /// <summary>No person has reviewed the output yet (the initial state).</summary>
    Unreviewed,

    /// <summary>A person reviewed the output and approved it.</summary>
    Approved,

    /// <summary>A person reviewed the output and rejected it.</summary>
    Rejected,
}
