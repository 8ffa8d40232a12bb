namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>One protected characteristic (or a person's emotions), with the words that name it in English, Spanish, French and German.</summary>
internal sealed record ProfilingCategory(string Name, string Description, string[] Terms);

/// <summary>
/// RAI2002's data. A prompt sentence profiles someone when it names a category, a person, and an inference (a verb such
/// as infer, guess or classify; a "likely"; a question about the person; a field to fill in), and no negation comes
/// before the inference. Terms are matched as whole words, case-insensitively, with '_' read as a space
/// (<c>"political_leaning"</c>).
/// </summary>
internal static class ProfilingLexicon
{
    public static readonly ProfilingCategory[] Categories =
    [
        new("race-or-ethnic-origin", "racial or ethnic origin",
        [
            "race", "races", "racial", "ethnic", "ethnicity", "ethnicities", "ethnic group", "skin tone", "skin colour", "skin color",
            "ancestry", "parents from", "which country", "aus welchem land", "eltern", "immigrant background", "migration background",
            "raza", "étnico", "étnica", "etnia", "origen étnico", "color de piel", "ascendencia",
            "raciale", "ethnique", "ethnie", "origine ethnique", "couleur de peau",
            "rasse", "ethnisch", "ethnische", "ethnischen", "herkunft", "hautfarbe", "abstammung", "migrationshintergrund",
        ]),
        new("political-opinion", "political opinions",
        [
            "political", "politics", "party", "vote", "voted", "votes", "voter", "democrat", "democrats", "republican", "republicans",
            "conservative", "conservatives", "progressive", "liberal", "left-wing", "right-wing", "far left", "far right", "brexit",
            "communist", "communists", "anarchist", "anarchists", "socialist", "political leaning", "affiliation", "partisan",
            "político", "política", "políticas", "partido", "votó", "vota", "ideología", "izquierda", "derecha", "conservador", "progresista",
            "politique", "politiques", "parti", "voté", "idéologie", "gauche", "droite", "conservateur", "progressiste",
            "politisch", "politische", "politischen", "partei", "gewählt", "wählt", "gesinnung", "konservativ",
        ]),
        new("religion-or-belief", "religious or philosophical beliefs",
        [
            "religion", "religions", "religious", "faith", "muslim", "christian", "jewish", "hindu", "buddhist", "atheist", "sikh", "catholic", "protestant",
            "religión", "religioso", "religiosa", "creencia", "creencias", "musulmán", "musulmana", "cristiano", "cristiana", "judío", "judía", "ateo", "atea",
            "religieux", "religieuse", "foi", "croyance", "croyances", "musulman", "musulmane", "chrétien", "chrétienne", "juif", "juive", "athée",
            "religiös", "religiöse", "glaube", "glauben", "konfession", "muslimisch", "christlich", "jüdisch",
        ]),
        new("trade-union-membership", "trade-union membership",
        [
            "union", "unions", "trade union", "labour union", "labor union", "unionized", "unionised", "union member", "union members", "shop steward", "shop stewards",
            "sindicato", "sindical", "sindicalista", "sindicalistas", "afiliado", "afiliada",
            "syndicat", "syndical", "syndicale", "syndiqué", "syndiquée", "syndiqués",
            "gewerkschaft", "gewerkschaften", "gewerkschaftsmitglied", "gewerkschaftsmitglieder", "gewerkschaftlich", "betriebsrat",
        ]),
        new("sexual-orientation", "sexual orientation",
        [
            "sexual orientation", "gay", "lesbian", "bisexual", "lgbt", "lgbtq", "queer", "homosexual", "heterosexual",
            "orientación sexual", "lesbiana", "orientation sexuelle", "homosexuel", "homosexuelle", "lesbienne",
            "sexuelle orientierung", "sexuelle ausrichtung", "schwul", "lesbisch", "homosexuell", "bisexuell",
        ]),
        new("health-or-disability", "health or disability",
        [
            "health condition", "illness", "disease", "disability", "disabilities", "disabled", "diagnosis", "depression", "depressed",
            "mental health", "mental illness", "chronic", "diabetic", "diabetes", "pregnant", "pregnancy", "autism", "autistic", "adhd",
            "dyslexia", "dyslexic", "parkinson's", "parkinson", "cancer", "hiv", "medical condition",
            "enfermedad", "discapacidad", "diagnóstico", "depresión", "embarazada", "embarazo", "autismo", "dislexia",
            "maladie", "handicap", "handicapé", "diagnostic", "dépression", "enceinte", "grossesse", "diabète", "autisme", "dyslexie",
            "krankheit", "erkrankung", "behinderung", "diagnose", "depressiv", "schwanger", "schwangerschaft", "autismus", "legasthenie",
        ]),
        new("age", "age",
        [
            "age", "aged", "how old", "years old", "year-old", "over 50", "over 60", "under 13", "under 16", "under 18", "older than", "younger than",
            "gen z", "millennial", "millennials", "boomer", "boomers", "gen x", "age bracket", "age group", "estimated age", "birth year",
            "edad", "cuántos años", "qué edad", "mayor de", "menor de",
            "âge", "quel âge",
            "alter", "wie alt", "jahre alt", "älter als", "jünger als", "minderjährig",
        ]),
        new("gender", "gender",
        [
            "gender", "male or female", "man or woman", "men or women", "mr or ms", "mr or mrs", "'mr' or 'ms'", "dear mr", "transgender", "non-binary", "nonbinary",
            "género", "sexo", "genero", "is a woman", "is a man", "hombre o mujer", "masculino o femenino",
            "genre", "sexe", "homme ou femme", "masculin ou féminin",
            "geschlecht", "mann oder frau", "männlich oder weiblich",
        ]),
        new("emotion", "emotions",
        [
            "emotion", "emotions", "emotional", "emotional state", "mood", "feeling", "feelings", "angry", "anger", "frustrated", "frustration",
            "upset", "happy", "sad", "sadness", "feel", "bored", "enfado", "stressed", "stress level", "anxious", "afraid", "fear", "joy",
            "emoción", "emociones", "emocional", "estado de ánimo", "enojado", "enojada", "enfadado", "enfadada", "frustrado", "frustrada", "triste", "feliz", "estrés",
            "émotion", "émotions", "émotionnel", "émotionnelle", "humeur", "colère", "frustré", "frustrée", "heureux", "heureuse",
            "emotionen", "gefühl", "gefühle", "stimmung", "wütend", "wut", "frustriert", "traurig", "glücklich", "gestresst",
        ]),
    ];

    /// <summary>Who a profile is about.</summary>
    public static readonly string[] Persons =
    [
        "user", "users", "customer", "customers", "applicant", "applicants", "candidate", "candidates", "speaker", "speakers", "person", "people",
        "persons", "individual", "individuals", "author", "authors", "employee", "employees", "worker", "workers", "staff", "student", "students",
        "patient", "patients", "caller", "callers", "member", "members", "guest", "guests", "commenter", "commenters", "participant", "participants",
        "presenter", "writer", "reviewer", "reviewers", "woman", "man", "men", "women", "child", "children", "he", "she", "his", "her", "him", "they", "their", "them",
        "someone", "visitor", "visitors", "tenant", "tenants", "client", "clients", "profile", "profiles", "voice", "face", "faces",
        "usuario", "usuarios", "usuaria", "cliente", "clientes", "solicitante", "solicitantes", "candidato", "candidata", "candidatos", "persona", "personas",
        "autor", "autora", "empleado", "empleada", "empleados", "trabajador", "trabajadores", "hablante", "paciente", "alumno", "alumnos", "estudiante", "estudiantes", "él", "ella",
        "utilisateur", "utilisateurs", "utilisatrice", "candidat", "candidats", "personne", "personnes", "auteur", "employé", "employés", "salarié",
        "salariés", "locuteur", "appelant", "appelants", "participant", "élève", "élèves", "étudiant", "étudiants", "il", "elle",
        "nutzer", "nutzerin", "benutzer", "kunde", "kunden", "kundin", "bewerber", "bewerberin", "bewerbern", "kandidat", "kandidatin", "autorin",
        "mitarbeiter", "mitarbeiterin", "mitarbeitenden", "sprecher", "sprecherin", "sprechers", "bewerbers", "beschäftigte", "beschäftigten", "schüler", "schülerin", "studierende", "er", "sie",
    ];

    /// <summary>Words that ask for an inference.</summary>
    public static readonly string[] Inferences =
    [
        "infer", "inferring", "guess", "determine", "classify", "detect", "predict", "estimate", "identify", "deduce", "judge", "judging",
        "tell me", "tell if", "work out", "figure out", "flag", "tag", "segment", "score", "rate", "label", "assess", "categorize", "categorise",
        "likely", "probable", "probably", "whether", "signs of", "analyse", "analyze", "based on", "judging by", "choosing",
        "inferir", "infiere", "adivina", "adivinar", "determina", "determinar", "clasifica", "clasificar", "detecta", "detectar", "predice",
        "predecir", "estima", "estimar", "deduce", "deducir", "identifica", "identificar", "evalúa", "evaluar", "probable", "probablemente", "averigua", "dime si", "padece", "analiza", "calcula", "aproximada", "aproximado", "puntúa",
        "déduis", "déduire", "devine", "deviner", "détermine", "déterminer", "classe", "classer", "classifie", "détecte", "détecter", "prédis",
        "prédire", "estime", "estimer", "identifie", "identifier", "évalue", "évaluer", "probablement", "indique", "souffre", "estimez", "déterminez", "devinez", "classez", "identifiez", "déduisez", "évaluez", "détectez", "prédisez",
        "ableiten", "leite", "errate", "erraten", "bestimme", "bestimmen", "klassifiziere", "klassifizieren", "erkenne", "erkennen", "vorhersagen",
        "schätze", "schätzen", "einschätzen", "ermittle", "ermitteln", "identifiziere", "bewerte", "bewerten", "ordne", "zuordnen", "markiere", "wahrscheinlich", "vermutlich", "ob",
    ];

    /// <summary>Words that ask for a field to be filled in: an inference when the sentence also has a field (<c>{</c>, field, column, JSON).</summary>
    public static readonly string[] Outputs = ["return", "output", "extract", "note", "record", "fill", "devuelve", "renvoie", "gib"];

    /// <summary>A negation before the inference: the prompt forbids it.</summary>
    public static readonly string[] Negations =
    [
        "do not", "don't", "never", "must not", "should not", "shouldn't", "avoid", "without", "refuse", "not to",
        "no", "nunca", "jamás", "evita", "sin", "ne", "n'", "jamais", "sans", "évite", "nicht", "niemals", "keine", "kein", "ohne", "vermeide",
    ];

    /// <summary>Content moderation about a characteristic ("flag comments that insult people because of their religion") is not profiling.</summary>
    public static readonly string[] Moderation = ["insult", "insults", "hate speech", "harass", "harassment", "slur", "slurs", "offensive", "discriminate", "discriminatory", "abusive"];

    /// <summary>Words that start a new clause: a negation before them does not reach past them.</summary>
    public static readonly string[] ClauseBreaks = ["but", "pero", "mais", "aber", "however", "sino"];
}
