using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Gateways;

/// <summary>
/// One <c>[AiFeature]</c> application in source: the values the attribute sets, their effective values (the defaults
/// of <c>AiFeatureAttribute</c>), and the argument syntax to report on. Arguments the compiler could not bind are
/// flagged, so that no rule reports on top of a compiler error.
/// </summary>
internal sealed class AiFeatureDeclaration
{
    private AiFeatureDeclaration(AttributeData attribute, AttributeSyntax syntax, AiFeatureArguments arguments)
    {
        Attribute = attribute;
        Syntax = syntax;
        Arguments = arguments;
    }

    public AttributeData Attribute { get; }

    public AttributeSyntax Syntax { get; }

    /// <summary>The values the attribute sets.</summary>
    public AiFeatureArguments Arguments { get; }

    /// <summary>The id, or null when it is null or could not be bound.</summary>
    public string? Id => Arguments.Id;

    /// <summary>The id argument bound to a constant (possibly null) without errors.</summary>
    public bool IdIsConstant => Arguments.IdIsConstant;

    /// <summary>The positional id argument.</summary>
    public AttributeArgumentSyntax? IdArgument { get; private set; }

    /// <summary>The <c>AiCapability</c> value; <c>Other</c> when not set.</summary>
    public int Capability => Arguments.CapabilityValue;

    public string? Provider => Arguments.Provider;

    public string? Disclosure => Arguments.Disclosure;

    /// <summary>The implementation method name, or null when not set (or set to null).</summary>
    public string? Implementation => Arguments.Implementation;

    /// <summary>The <c>Implementation = …</c> argument, when present.</summary>
    public AttributeArgumentSyntax? ImplementationArgument { get; private set; }

    /// <summary>The <c>Implementation</c> argument is present but the compiler could not bind it (e.g. <c>nameof</c> of an unknown name).</summary>
    public bool ImplementationHasErrors => ImplementationArgument is not null && !Arguments.ImplementationBound;

    /// <summary>The effective flag: the explicit value, else the capability's default.</summary>
    public bool GeneratesContent => Arguments.GeneratesContentSetting ?? AiCapabilityFacts.GeneratesContentByDefault((AiCapability)Capability);

    /// <summary>False when the feature declares that it processes no person's data.</summary>
    public bool PersonalData => Arguments.PersonalData;

    /// <summary>The capability's name for messages (the number when it is not a defined value).</summary>
    public string CapabilityName => Enum.IsDefined(typeof(AiCapability), Capability) ? ((AiCapability)Capability).ToString() : Capability.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where to report about the id: the id argument's expression, else the attribute.</summary>
    public Location IdLocation => (IdArgument?.Expression ?? (SyntaxNode)Syntax).GetLocation();

    /// <summary>Reads an <c>[AiFeature]</c> application; null when it has no syntax in source or its constructor did not bind.</summary>
    public static AiFeatureDeclaration? Read(AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax || attribute.AttributeConstructor is null)
        {
            return null;
        }

        var declaration = new AiFeatureDeclaration(attribute, syntax, AiFeatureArguments.Read(attribute));
        var arguments = syntax.ArgumentList?.Arguments ?? default;
        declaration.IdArgument = arguments.FirstOrDefault(a => a.NameEquals is null);
        declaration.ImplementationArgument = arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == AiFeatureArguments.ImplementationName);
        return declaration;
    }
}
