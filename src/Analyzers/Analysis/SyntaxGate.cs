using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers.Catalog;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>What a member body may hold, decided from its syntax alone: which rules need its operation tree.</summary>
[Flags]
internal enum BodyInterest
{
    None = 0,

    /// <summary>A biometric call (RAI2001): a method name the biometric catalog starts with.</summary>
    Biometric = 1,

    /// <summary>A text that may profile people (RAI2002): a string in the body, or a string field it reads, that the lexicon matches.</summary>
    Profiling = 2,

    /// <summary>A safety setting or training call (RAI2003, RAI2004): a setting type, a switch, a purpose or a weak value.</summary>
    ProviderSettings = 4,

    /// <summary>A key (RAI2005): a key-shaped string in the body, or a field or property initialized with one that it reads.</summary>
    Credential = 8,

    /// <summary>A system prompt (RAI2006): a system-message type or method, an instructions name, an agent built with instructions.</summary>
    SystemPrompt = 16,
}

/// <summary>
/// The syntactic filter of the rules that look at a few kinds of call or value: one walk of a body's names and strings
/// says which of them can report anything in it, so that only those bodies are bound. Every test is a superset of what
/// the rule looks for (a name, a string shape), never a judgement: a body the gate lets through is analysed as before.
/// </summary>
/// <remarks>
/// One gate per compilation (shared by the analyzers of the pack); the facts of each syntax tree (which fields hold
/// profiling text or keys) are kept per tree, so an edit re-reads only the edited file.
/// </remarks>
internal sealed class SyntaxGate
{
    private static readonly ConditionalWeakTable<Compilation, SyntaxGate> Gates = new();
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Trees = new();

    /// <summary>RAI2006's sink names: system-message types and methods, instructions properties and parameters, roles.</summary>
    private static readonly HashSet<string> SystemPromptNames = new(
        UntrustedSystemPromptAnalyzer.SystemMessageTypes.Concat(UntrustedSystemPromptAnalyzer.SystemMessageMethods).Concat(UntrustedSystemPromptAnalyzer.InstructionNames)
            .Concat(["ChatMessage", "AddMessage", "SystemInstruction"]),
        StringComparer.Ordinal);

    private static readonly HashSet<string> ProviderNames = CreateProviderNames();
    private static readonly HashSet<string> ProviderLiterals = CreateProviderLiterals();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxNode, BodyInterest> _bodies = new();
    private NameTable? _instructionMembers;
    private NameTable? _names;

    private SyntaxGate(Compilation compilation) => _compilation = compilation;

    public static SyntaxGate For(Compilation compilation) => Gates.GetValue(compilation, static c => new SyntaxGate(c));

    /// <summary>Whether the code block may hold something the rule of <paramref name="interest"/> reports. Scanned once per block for all rules.</summary>
    public bool MayHold(SyntaxNode codeBlock, BodyInterest interest, CancellationToken cancellationToken)
    {
        if ((_bodies.GetOrAdd(codeBlock, block => Walk(block, cancellationToken)) & interest) != 0)
        {
            return true;
        }

        // An agent built with positional instructions: the SDK's member names are read only for RAI2006 (web apps).
        return (interest & BodyInterest.SystemPrompt) != 0 && SourceScan.Scan(codeBlock, InstructionMemberNames(cancellationToken)) != 0;
    }

    private BodyInterest Walk(SyntaxNode block, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return (BodyInterest)SourceScan.Scan(block, Names(cancellationToken), (int)BodyInterest.SystemPrompt, static value => (int)OfString(value), static interpolated => (int)OfInterpolated(interpolated));
    }

    /// <summary>
    /// The names each rule looks for, with its flag: fixed ones, and the compilation's fields and properties whose
    /// initializer holds profiling text or a key (read per syntax tree). Built once per compilation.
    /// </summary>
    private NameTable Names(CancellationToken cancellationToken)
    {
        if (_names is { } known)
        {
            return known;
        }

        var entries = new List<(string, int)>();
        entries.AddRange(ProviderNames.Select(static n => (n, (int)BodyInterest.ProviderSettings)));
        entries.AddRange(SystemPromptNames.Select(static n => (n, (int)BodyInterest.SystemPrompt)));
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var facts = Trees.GetValue(tree, t => TreeFacts.Read(t, cancellationToken));
            entries.AddRange(facts.ProfilingFields.Select(static n => (n, (int)BodyInterest.Profiling)));
            entries.AddRange(facts.KeyMembers.Select(static n => (n, (int)BodyInterest.Credential)));
        }

        return _names = new NameTable(entries, BiometricCatalog.MethodPrefixes.Select(static p => (p, (int)BodyInterest.Biometric)));
    }

    private static BodyInterest OfInterpolated(InterpolatedStringExpressionSyntax interpolated) =>
        ProfilingMatcher.Match(ConstantParts(interpolated)) is not null ? BodyInterest.Profiling : BodyInterest.None;

    private static BodyInterest OfString(string value)
    {
        // Keys have no spaces and at least 20 characters; weak values are single words; a profiling prompt has several words.
        var interest = BodyInterest.None;
        var spaced = value.IndexOf(' ') >= 0;
        if (!spaced && value.Length >= 20 && KeyCharacters(value) && CredentialCatalog.KeyShape(value) is not null)
        {
            interest |= BodyInterest.Credential;
        }

        if (value.Length <= MaxWeakValueLength && ProviderLiterals.Contains(ProviderSettingsCatalog.Normalize(value)))
        {
            interest |= BodyInterest.ProviderSettings;
        }

        if (value.Length >= 8 && HasWordBreak(value) && ProfilingMatcher.Match(value) is not null)
        {
            interest |= BodyInterest.Profiling;
        }

        return interest;
    }

    private static readonly int MaxWeakValueLength = ProviderLiterals.Max(static v => v.Length) * 2;

    /// <summary>Letters, digits, '_' and '-' only: the characters of every key shape.</summary>
    private static bool KeyCharacters(string value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWordBreak(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text parts of an interpolated string, each hole a neutral placeholder (as RAI2002 reads it).</summary>
    private static string ConstantParts(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            text.Append(content is InterpolatedStringTextSyntax part ? part.TextToken.ValueText : " x ");
        }

        return text.ToString();
    }

    /// <summary>
    /// Methods and constructors (by their type's name) that take a string parameter named like instructions: an agent
    /// built with positional instructions (<c>new ChatClientAgent(client, text)</c>). The SDKs' are listed in
    /// <see cref="InstructionMembers"/> (checked against the restored packages by a test: reading every signature of
    /// every SDK assembly here would cost a web project seconds); AI SDK types declared in the compilation itself
    /// (stand-ins for SDKs without a package) are read from their declarations.
    /// </summary>
    private NameTable InstructionMemberNames(CancellationToken cancellationToken)
    {
        if (_instructionMembers is { } known)
        {
            return known;
        }

        var names = new HashSet<string>(InstructionMembers, StringComparer.Ordinal);
        names.UnionWith(CollectInstructionMembers(_compilation.Assembly.GlobalNamespace, cancellationToken));
        return _instructionMembers = new NameTable(names.Select(static n => (n, 1)));
    }

    /// <summary>The AI SDK members (or types, for constructors) that take a string parameter named like instructions.</summary>
    /// <remarks>
    /// Read from the SDK packages the tests restore (Microsoft.Extensions.AI, OpenAI, Semantic Kernel, Anthropic, OllamaSharp,
    /// Microsoft.Agents.AI) and the stand-ins of those not served here; a test names any member missing from the list.
    /// </remarks>
    public static readonly string[] InstructionMembers =
    [
        "AgentInlineSkill", "AgentMode", "AsAIAgent", "BuildAIAgent", "Chat", "ChatClientAgent", "ChatHistory", "CreateAgentAsync",
        "CreateAssistantAsync", "WithHandoffInstructions",
    ];

    /// <summary>Names of the public methods and constructors (by type name) of AI types below <paramref name="root"/> that take instructions.</summary>
    public static HashSet<string> CollectInstructionMembers(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new Stack<INamespaceOrTypeSymbol>();
        namespaces.Push(root);
        while (namespaces.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in namespaces.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    namespaces.Push(ns);
                }
                else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type && CredentialCatalog.IsAiType(type))
                {
                    namespaces.Push(type);
                    foreach (var typeMember in type.GetMembers())
                    {
                        if (typeMember is IMethodSymbol { DeclaredAccessibility: Accessibility.Public } method && TakesInstructions(method))
                        {
                            names.Add(method.MethodKind == MethodKind.Constructor ? type.Name : method.Name);
                        }
                    }
                }
            }
        }

        return names;
    }

    private static bool TakesInstructions(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String && Array.IndexOf(UntrustedSystemPromptAnalyzer.InstructionNames, parameter.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> CreateProviderNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "Purpose" };
        foreach (var setting in ProviderSettingsCatalog.SafetySettings)
        {
            names.Add(SimpleName(setting.Type));
        }

        foreach (var type in ProviderSettingsCatalog.UploadPurposeTypes)
        {
            names.Add(SimpleName(type));
        }

        names.UnionWith(ProviderSettingsCatalog.SafetySwitchesOffIsWeak);
        names.UnionWith(ProviderSettingsCatalog.StoreSwitches);
        foreach (var (_, methods) in ProviderSettingsCatalog.TrainingCalls)
        {
            names.UnionWith(methods);
        }

        return names;
    }

    private static HashSet<string> CreateProviderLiterals()
    {
        var literals = new HashSet<string>(ProviderSettingsCatalog.TrainingPurposes, StringComparer.Ordinal);
        foreach (var setting in ProviderSettingsCatalog.SafetySettings)
        {
            literals.UnionWith(setting.Weak);
        }

        return literals;
    }

    private static string SimpleName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    /// <summary>What one syntax tree declares that a body elsewhere may read: string fields with profiling text, members initialized with keys.</summary>
    private sealed class TreeFacts
    {
        private TreeFacts(HashSet<string> profilingFields, HashSet<string> keyMembers)
        {
            ProfilingFields = profilingFields;
            KeyMembers = keyMembers;
        }

        public HashSet<string> ProfilingFields { get; }

        public HashSet<string> KeyMembers { get; }

        public static TreeFacts Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var profiling = new HashSet<string>(StringComparer.Ordinal);
            var keys = new HashSet<string>(StringComparer.Ordinal);

            // From the file's strings to the field or property they initialize (a local's string is in its own body).
            foreach (var (token, flags) in SourceScan.Strings(tree, static value => (int)OfString(value), static interpolated => (int)OfInterpolated(interpolated), cancellationToken))
            {
                if (InitializedMember(token) is not { } name)
                {
                    continue;
                }

                if ((flags & (int)BodyInterest.Profiling) != 0)
                {
                    profiling.Add(name);
                }

                if ((flags & (int)BodyInterest.Credential) != 0)
                {
                    keys.Add(name);
                }
            }

            return new TreeFacts(profiling, keys);
        }

        /// <summary>The field or property whose initializer holds the token; null inside a member body.</summary>
        private static string? InitializedMember(SyntaxToken token)
        {
            for (var node = token.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } field:
                        return field.Identifier.ValueText;
                    case PropertyDeclarationSyntax property:
                        return property.Initializer is not null && property.Initializer.Span.Contains(token.Span) ? property.Identifier.ValueText : null;
                    case BlockSyntax or ArrowExpressionClauseSyntax or AccessorListSyntax or MemberDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }
    }
}
