package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.read.Shapes;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a card's prompt: "What is/are X?", "Define X", "Explain X", "What types of X …?", "X (def)", "Stage N of the X" … */
final class PromptParser {

    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(?:(?:briefly|please|now)\\s+)?(?:define|explain|describe|outline|discuss|summari[sz]e|what\\s+is\\s+meant\\s+by|what\\s+do\\s+you\\s+mean\\s+by|what\\s+does\\s+(.+?)\\s+mean$)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** The object of "Discuss …" or "Explain …" that is a clause: "how firms …", "why …", "whether …". */
    private static final Pattern CLAUSE_OBJECT =
            Pattern.compile("^(?:how|why|whether|what|when|where|which|who|if)\\b", Pattern.CASE_INSENSITIVE);
    /** "What does 'X' refer to in Y?", "What question does X answer?": X, and what the verb asks. */
    private static final Pattern WHAT_DOES = Pattern.compile(
            "^what\\s+(?:(\\w+)\\s+)?(?:does|do|did)\\s+(.+?)\\s+(mean|refer\\s+to|stand\\s+for|measure|describe|represent|indicate|answer|do|show|include|involve|contain|consist\\s+of|comprise|cover|claim|state|say|suggest|propose|predict)\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** The verbs whose object is a list of the subject's parts: "What does X include?", "What is involved in X?". */
    private static final String LISTING_VERBS = "show|include|involve|contain|consist\\s+of|comprise|cover";
    /** "Role ambiguity means …", "Churn is:": a term, then the verb the answer completes. */
    private static final Pattern COPULA_AT_END = Pattern.compile(
            "^(.{2,60}?)\\s+(?:is|are|means|refers\\s+to|is\\s+defined\\s+as|can\\s+be\\s+defined\\s+as)\\s*(?:\\.{2,}|\u2026|:|_{3,})\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "What happens in the exploration phase?": what the phase is. */
    private static final Pattern WHAT_HAPPENS =
            Pattern.compile("^what\\s+happens\\s+(?:in|during|at)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** "List the five SERVQUAL dimensions (RATER)", "Name two digital touchpoints": the answer lists them. */
    private static final Pattern NAME_THE = Pattern.compile(
            "^(?:list|name|give|state|identify|enumerate)\\s+(?:the\\s+)?(?:(?:main|key|two|three|four|five|six|seven|eight|\\d{1,2})\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "Which type of CRM focuses on …?": the answer names a kind of CRM that the rest describes. */
    private static final Pattern WHICH_KIND = Pattern.compile(
            "^(?:which|what)\\s+(?:type|kind|form|sort|category|class)\\s+of\\s+(.+?)\\s+((?:is|are|was|were|can|could|does|do|has|have|will|would|should|may|might)\\b.*|\\w+s\\s+(?:in|on|to|a|an|the|as|when|that|how|with|by|through|for|what|which|who|up|out|more|most|no|only|its|their|each|every|all|customers?|data|information)\\b.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_KIND_WORDS = 3;
    /** "Which type of scheme lets …": a one-word kind and a verb in -s after it. */
    private static final Pattern WHICH_KIND_ONE_WORD = Pattern.compile(
            "^(?:which|what)\\s+(?:type|kind|form|sort|category|class)\\s+of\\s+([\\p{L}-]+)\\s+(\\p{L}+s\\s.*)$",
            Pattern.CASE_INSENSITIVE);
    /** Whole → parts: the members of "the stages of X" are parts of X itself. */
    private static final Pattern PART_NOUN = Pattern.compile(
            "(?i)(?:\\w+\\s+)?(?:stages|steps|phases|components|elements|dimensions|parts|levels|pillars|tiers|roles|modules|layers|building\\s+blocks|ingredients|sections|cells|quadrants)");

    private static final String KIND_WORDS = "types|kinds|forms|sorts|categories|classes|varieties|examples|instances";
    private static final Pattern TYPES = Pattern.compile(
            "^(?:what|which|name|list|give|identify|describe|state)\\s+(?:(?:is|are)\\s+)?(?:the\\s+)?(?:main\\s+|different\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|seven\\s+|\\d+\\s+)?(?:"
                    + KIND_WORDS + ")\\s+of\\s+(.+?)(?:\\s+(?:are\\s+there|exist|do\\s+.*|can\\s+.*|are\\s+.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_OF = Pattern.compile(
            "^(?:what|which|name|list|give|identify|state)\\s+(?:(?:is|are)\\s+)?(?:the\\s+)?((?:main\\s+|key\\s+|different\\s+|\\w+\\s+)?\\w+)\\s+(?:of|in|within)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_IS =
            Pattern.compile("^what(?:'s|\\s+(?:is|are|was|were))\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_NOUN =
            Pattern.compile("^what\\s+(.+?)\\s+(?:is|are|do|does|did|can|should)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_QUESTION =
            Pattern.compile("^(how|why|when|which|who|where|is|are|does|do|can|should)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(
            "^(stage|step|phase|level|part|tier|principle)\\s+(\\d{1,2})\\s+(?:of|in)\\s+(?:the\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("^\\s+(it|them)\\s+(?:is|are|was|were)\\b");
    private static final Pattern DEF_MARK = Pattern.compile(
            "^(.+?)\\s*(?:\\((?:def|defn|definition)\\.?\\)|\\s(?:definition|meaning))$", Pattern.CASE_INSENSITIVE);

    private PromptParser() {}

    /**
     * The description with the pronoun that ends it where the pronoun is a verb's object ("… can
     * reach a site and use it is called:"), not a subject restating the description ("…, this is
     * called:"), which the reader drops.
     */
    private static String withObject(String front, String described) {
        if (!front.startsWith(described)) {
            return described;
        }
        Matcher m = OBJECT_PRONOUN.matcher(front.substring(described.length()));
        if (!m.lookingAt()) {
            return described;
        }
        Tagged t = Tagged.of(described);
        return t.size() > 0 && t.is(t.size() - 1, "VERB", "ADP") ? described + " " + m.group(1) : described;
    }

    /** An answer that only finishes the prompt's sentence: "that …", "when …", "how …", "to …". */
    private static final Pattern CONTINUATION =
            Pattern.compile("^(?:that|when|whether|how|where|if|to)\\s", Pattern.CASE_INSENSITIVE);

    /**
     * The definition a prompt ending in its verb and the answer finishing it make together: "Role
     * ambiguity means …" / "that staff are unsure …" is "Role ambiguity means that staff are unsure
     * …"; the answer alone ("that staff are …") is a fragment. Any other answer stands as written.
     */
    static String completed(String front, String answer) {
        Matcher m =
                COPULA_AT_END.matcher(Framing.unframed(Names.normalise(front).strip()));
        if (answer == null
                || !m.matches()
                || !CONTINUATION.matcher(answer.strip()).find()) {
            return answer;
        }
        String opening = Regex.replaceAll(m.group(0), "\\s*(?:\\.{2,}|\u2026|:|_{3,})\\s*$", "");
        return opening + " " + answer.strip();
    }

    static Prompt parse(String front) {
        String f = Regex.replaceFirst(
                        Regex.replaceAll(Names.normalise(front), "[?:.!\\s]+$", ""),
                        "^\\s*(?:\\d{1,3}[.)]|[Qq][:.])\\s+",
                        "")
                .strip();
        Matcher m = WHICH_KIND.matcher(f);
        if (m.matches() && Names.words(m.group(1)) > MAX_KIND_WORDS) {
            // "Which type of scheme lets members earn … points with …": the verb came before the one the
            // pattern took ("points with"); a kind's name is short, so its first word and verb are read
            m = WHICH_KIND_ONE_WORD.matcher(f);
        }
        if (m.matches()) {
            return new Prompt(Prompt.Kind.NAMED_BY_ANSWER, m.group(2), Names.clean(m.group(1)), null);
        }
        java.util.Optional<String> described = Shapes.describedByName(front.strip());
        if (described.isPresent()) {
            return new Prompt(Prompt.Kind.NAMED_BY_ANSWER, withObject(front.strip(), described.get()), null, null);
        }
        m = IMPERATIVE.matcher(f);
        if (m.matches()
                && m.group(1) == null
                && CLAUSE_OBJECT.matcher(m.group(2)).find()) {
            // "Discuss how a firm can make up for …": an essay question, which names no term to define
            return Prompt.of(Prompt.Kind.ABOUT, "");
        }
        if (m.matches()) {
            return named(m.group(1) != null ? m.group(1) : m.group(2));
        }
        // "According to X, Y is:" asks about Y; the frame is no part of its name
        m = COPULA_AT_END.matcher(Framing.unframed(Names.normalise(front).strip()));
        if (m.matches() && Names.words(m.group(1)) <= 6) {
            return named(m.group(1));
        }
        m = DEF_MARK.matcher(f);
        if (m.matches()) {
            return named(m.group(1));
        }
        m = TYPES.matcher(f);
        if (m.matches()) {
            return Prompt.of(Prompt.Kind.TYPES, nounPhrase(m.group(1)));
        }
        m = WHAT_HAPPENS.matcher(f);
        if (m.matches()) {
            return named(m.group(1));
        }
        m = LIST_OF.matcher(f);
        if (m.matches() && plural(m.group(1)) && headIsNoun(m.group(1))) {
            String owner = nounPhrase(Frames.withoutArea(m.group(2)));
            boolean parts = PART_NOUN.matcher(m.group(1)).matches() && !owner.isEmpty();
            String list = Regex.replaceFirst(
                    m.group(1), "(?i)^(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+", "");
            return Prompt.of(Prompt.Kind.LIST, parts ? owner : Names.clean(list + " of " + nounPhrase(m.group(2))));
        }
        m = NAME_THE.matcher(f);
        // a closing bracket ("… dimensions (RATER)") glosses the list's name, it does not end it
        String named = m.matches() ? Names.clean(m.group(1).replaceAll("\\s*\\([^()]*\\)\\s*$", "")) : "";
        if (m.matches() && plural(named) && Names.words(named) <= 6) {
            return Prompt.of(Prompt.Kind.LIST, named);
        }
        m = WHAT_DOES.matcher(f);
        if (m.matches() && Names.words(m.group(2)) <= 6) {
            boolean lists = Regex.matches(m.group(3).toLowerCase(java.util.Locale.ROOT), LISTING_VERBS);
            String name = Names.clean(Frames.concept(m.group(2)));
            return lists ? Prompt.of(Prompt.Kind.LIST, name) : Prompt.of(Prompt.Kind.DEFINE, name);
        }

        m = WHAT_IS.matcher(f);
        if (m.matches()) {
            String rest = m.group(1);
            Tagged said = Tagged.of(rest);
            // a verb only as a participle: "trust in services" is a noun the tagger took for a verb
            boolean participle = said.size() > 2
                    && said.is(0, "VERB")
                    && !said.lower(0).equals(said.lemmas().get(0).toLowerCase(Locale.ROOT));
            if (said.size() > 2 && (participle || said.is(0, "ADJ")) && said.is(1, "ADP")) {
                // "What is involved in an exchange?", "What is important in B2B?": the word before the
                // preposition is said of the noun after it and names no concept; a listing verb asks
                // for that noun's parts, as "What does an exchange involve?" does
                boolean lists = Regex.matches(said.lemmas().get(0).toLowerCase(Locale.ROOT), LISTING_VERBS);
                return Prompt.of(lists ? Prompt.Kind.LIST : Prompt.Kind.ABOUT, nounPhraseAfterPreposition(rest));
            }
            return Frames.framed(rest) || !Frames.withoutArea(rest).equals(rest.strip()) ? named(rest) : whatIs(rest);
        }
        m = WHAT_NOUN.matcher(f);
        if (m.matches() && Names.words(m.group(1)) <= 4) {
            String owner = nounPhrase(m.group(2));
            return Prompt.of(Prompt.Kind.LIST, Names.clean(m.group(1) + (owner.isEmpty() ? "" : " of " + owner)));
        }
        if (OTHER_QUESTION.matcher(f).find()) {
            return Prompt.of(Prompt.Kind.ABOUT, questionSubject(f));
        }
        String term = countsItsHead(Names.clean(f))
                ? Regex.replaceFirst(
                        Names.clean(f),
                        "(?i)^(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?=\\S+\\s+\\S)",
                        "")
                : Names.clean(f);
        Tagged t = Tagged.of(term);
        if (Names.words(term) <= 8 && Phrases.termLike(t) || Names.words(term) <= 5 && Phrases.verbless(t)) {
            return named(Names.clean(f).equals(term) ? f : term);
        }
        return Prompt.of(Prompt.Kind.LEAD_IN, f);
    }

    /**
     * Whether a number before a name counts the name's head ("three key benefits"), so it is no
     * part of the name; before a singular head it is ("six markets model", "five forces model").
     */
    private static boolean countsItsHead(String name) {
        String[] words = Regex.split(name.strip().toLowerCase(Locale.ROOT), "\\s+");
        String last = words[words.length - 1];
        return !crmgraph.nlp.WordForms.singular(last).equals(last);
    }

    private static Prompt named(String phrase) {
        String p = Frames.concept(Regex.replaceFirst(phrase.strip(), "(?i)^the\\s+", ""));
        Matcher part = PART.matcher(p);
        if (part.matches()) {
            String whole = Names.clean(part.group(3));
            return new Prompt(Prompt.Kind.PART, Names.clean(p), whole, Integer.parseInt(part.group(2)));
        }
        Matcher types = Pattern.compile("^(?:the\\s+)?(?:" + KIND_WORDS + ")\\s+of\\s+(.+)$", Pattern.CASE_INSENSITIVE)
                .matcher(p);
        if (types.matches()) {
            return Prompt.of(Prompt.Kind.TYPES, nounPhrase(types.group(1)));
        }
        return Prompt.of(Prompt.Kind.DEFINE, Names.clean(p));
    }

    private static Prompt whatIs(String rest) {
        Tagged t = Tagged.of(rest);
        int start = Phrases.article(t, 0) ? 1 : 0;
        int end = Phrases.nounPhraseEnd(t, start);
        if (end >= t.size() - 0 && end > start) {
            return named(rest);
        }
        if (end > start && t.lower(end).equals("of")) {
            int end2 = Phrases.nounPhraseEnd(t, end + 1);
            if (end2 == t.size()) {
                return named(rest);
            }
        }
        if (Names.words(rest) <= 6 && (end > start || !t.is(start, "PRON", "ADP", "SCONJ", "ADV"))) {
            // "What is a paid loyalty programme?": a short tail names a concept, however its words are tagged
            return named(rest);
        }
        return Prompt.of(Prompt.Kind.ABOUT, nounPhraseAfterPreposition(rest));
    }

    /** The noun phrase (with "of" complements) at the start of a text: "the planned process in X" → "planned process". */
    static String nounPhrase(String text) {
        Tagged t = Tagged.of(text.strip());
        int start = Phrases.article(t, 0) ? 1 : 0;
        int end = Phrases.nounPhraseEnd(t, start);
        while (end < t.size() - 1 && t.lower(end).equals("of")) {
            int next = Phrases.nounPhraseEnd(t, end + 1);
            if (next <= end + 1) {
                break;
            }
            end = next;
        }
        return end > start ? Names.clean(t.span(start, end)) : "";
    }

    /** The first noun phrase after a preposition: "important in the planned process in X" → "planned process". */
    static String nounPhraseAfterPreposition(String text) {
        Tagged t = Tagged.of(text);
        for (int i = 0; i < t.size() - 1; i++) {
            if (t.is(i, "ADP")) {
                int start = i + 1;
                int end = Phrases.nounPhraseEnd(t, start);
                if (end > start) {
                    return Names.clean(t.span(start, end));
                }
            }
        }
        int end = Phrases.nounPhraseEnd(t, 0);
        return end > 0 ? Names.clean(t.span(0, end)) : Names.clean(text);
    }

    /**
     * What a question is about: the first noun phrase after its question word and auxiliary ("Who
     * developed the service-profit chain?" → service-profit chain, "Why is cost-to-serve important
     * in B2B?" → cost-to-serve). "Which gap does the firm want to close?" asks for one of a kind
     * and names no concept: empty.
     */
    static String questionSubject(String question) {
        Tagged t = Tagged.of(question);
        int i = 0;
        if (i < t.size() && Regex.matches(t.lower(i), "what|how|why|when|where|which|who|whom|whose")) {
            if (i + 1 < t.size() && Regex.matches(t.lower(i), "which|what|whose") && t.is(i + 1, "NOUN", "ADJ")) {
                return "";
            }
            i++;
        }
        while (i < t.size() && t.is(i, "AUX", "PART", "ADV")) {
            i++;
        }
        for (; i < t.size(); i++) {
            // an acronym is a name, however the tagger reads it ("How can CRM fail?": CRM as a verb)
            boolean acronym = crmgraph.nlp.Acronym.isAcronym(t.token(i));
            if (!acronym
                    && (t.is(i, "PRON")
                            || t.is(i, "VERB")
                                    && !t.lower(i).endsWith("ing")
                                    && !t.lower(i).contains("-"))) {
                continue;
            }
            int end = Math.max(Phrases.nounPhraseEnd(t, i), acronym ? i + 1 : i);
            while (end - 1 > i && t.is(end - 1, "ADJ")) {
                end--; // "Why is cost-to-serve important?": the adjective is what is said of it
            }
            if (end > i
                    && end + 1 < t.size()
                    && t.lower(end).equals("of")
                    && t.is(end + 1, "NOUN")
                    && (end + 2 >= t.size() || !t.is(end + 2, "NOUN", "ADP"))) {
                end += 2; // "How is share of wallet different …?": a name with "of" and one noun after it
            }
            if (end > i) {
                String name = Names.clean(Frames.concept(t.span(i, end)));
                if (!name.isEmpty()) {
                    return name;
                }
                i = end - 1;
            }
        }
        return "";
    }

    /** "What are the goals of X": "goals" a noun; "What happens in X": "happens" a verb, no list. */
    private static boolean headIsNoun(String phrase) {
        Tagged t = Tagged.of("the " + phrase.strip());
        return t.size() > 0 && t.is(t.size() - 1, "NOUN", "PROPN");
    }

    private static boolean plural(String phrase) {
        String last = Regex.replaceAll(phrase.strip().toLowerCase(Locale.ROOT), ".*\\s", "");
        return last.endsWith("s") && !last.endsWith("ss") || Regex.matches(last, "criteria|phenomena|media|data");
    }
}
