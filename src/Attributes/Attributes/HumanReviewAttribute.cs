using System;

namespace ResponsibleAI;

/// <summary>
/// Marks a method whose return value has been reviewed and approved by a person. AI output that passes through it may
/// reach a <see cref="HumanReviewRequiredAttribute"/> target (rule RAI1004).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class HumanReviewAttribute : Attribute
{
}
