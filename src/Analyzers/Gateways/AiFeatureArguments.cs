using System;
using Microsoft.CodeAnalysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Gateways;

/// <summary>
/// The values one <c>[AiFeature]</c> application sets, read from its <see cref="AttributeData"/> (source or metadata),
/// with the attribute's defaults. The one reader of the attribute's arguments: the analyzers' call recognition, the
/// gateway rules (<see cref="AiFeatureDeclaration"/>) and the generator all go through it. Arguments the compiler could
/// not bind are skipped, so they keep their defaults.
/// </summary>
internal readonly struct AiFeatureArguments
{
    public const string ImplementationName = "Implementation";

    /// <summary>The id, or null when it is null or could not be bound.</summary>
    public string? Id { get; private init; }

    /// <summary>The id argument bound to a constant (possibly null) without errors.</summary>
    public bool IdIsConstant { get; private init; }

    /// <summary>The <c>AiCapability</c> value as written (may be undefined); <c>Other</c> when not set.</summary>
    public int CapabilityValue { get; private init; }

    public string? Provider { get; private init; }

    /// <summary>The explicit <c>GeneratesContent</c>, or null when not set.</summary>
    public bool? GeneratesContentSetting { get; private init; }

    public string? Disclosure { get; private init; }

    /// <summary>The implementation method name, or null when not set (or set to null).</summary>
    public string? Implementation { get; private init; }

    /// <summary>An <c>Implementation</c> argument was bound (even to null).</summary>
    public bool ImplementationBound { get; private init; }

    /// <summary><c>PersonalData</c>: false when the feature declares that it processes no person's data.</summary>
    public bool PersonalData { get; private init; }

    /// <summary>The capability, <c>Other</c> when the value is not a defined <see cref="AiCapability"/>.</summary>
    public AiCapability Capability => Enum.IsDefined(typeof(AiCapability), CapabilityValue) ? (AiCapability)CapabilityValue : AiCapability.Other;

    /// <summary>The effective flag: the explicit value, else the capability's default.</summary>
    public bool GeneratesContent => GeneratesContentSetting ?? AiCapabilityFacts.GeneratesContentByDefault(Capability);

    /// <summary>Is this a gateway declaration (an <c>Implementation</c> name is given)?</summary>
    public bool NamesImplementation => Implementation is { Length: > 0 };

    public static AiFeatureArguments Read(AttributeData attribute)
    {
        string? id = null;
        var idIsConstant = false;
        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive } idArgument)
        {
            idIsConstant = true;
            id = idArgument.Value as string;
        }

        var capability = (int)AiCapability.Other;
        string? provider = null, disclosure = null, implementation = null;
        bool? generatesContent = null;
        var implementationBound = false;
        var personalData = true;
        foreach (var named in attribute.NamedArguments)
        {
            var value = named.Value;
            if (value.Kind == TypedConstantKind.Error)
            {
                continue;
            }

            switch (named.Key)
            {
                case "Capability" when value.Value is int number:
                    capability = number;
                    break;
                case "Provider":
                    provider = value.Value as string;
                    break;
                case "GeneratesContent" when value.Value is bool flag:
                    generatesContent = flag;
                    break;
                case "Disclosure":
                    disclosure = value.Value as string;
                    break;
                case ImplementationName:
                    implementationBound = true;
                    implementation = value.Value as string;
                    break;
                case "PersonalData" when value.Value is bool personal:
                    personalData = personal;
                    break;
            }
        }

        return new AiFeatureArguments
        {
            Id = id,
            IdIsConstant = idIsConstant,
            CapabilityValue = capability,
            Provider = provider,
            GeneratesContentSetting = generatesContent,
            Disclosure = disclosure,
            Implementation = implementation,
            ImplementationBound = implementationBound,
            PersonalData = personalData,
        };
    }
}
