package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a heading of notes is: a question, a term, or the name of the list under it. A heading names
 * a list when it is a plural noun phrase with a complement or a count ("Factors affecting
 * satisfaction", "5 Steps to Successful Complaint Handling", "Components of X") or a compound
 * whose head is plural ("Customer Service Metrics"); "Types of X" (or "X types", or a bare "Types"
 * under X) names kinds of X. A lone plural ("Examples") or one qualified only by an adjective
 * ("External links") names no list: nothing says what its items are part of.
 */
final class NoteHeadings {

    /**
     * What a list under a heading belongs to.
     *
     * @param owner     the concept the members are parts of (null for kinds)
     * @param supertype for kinds, the concept the members are kinds of; else null
     * @param head      the X of "… of X", which names bare adjectives among the members ("Analytical" → "Analytical X"), or null
     * @param ordered   whether the heading's noun is one of succession (steps, stages, phases …; not levels, a rank)
     */
    record ListName(String owner, String supertype, String head, boolean ordered) {
        boolean kinds() {
            return supertype != null;
        }
    }

    private static final String KIND_WORDS = "types|kinds|forms|sorts|categories|classes|varieties";
    /** Words that say which or how many of a kind a phrase means, not what the kind is: "the three main types". */
    static final String QUALIFIERS =
            "main|different|various|other|key|basic|major|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several";

    private static final Pattern TYPES_OF =
            Pattern.compile("(?i)^(?:the\\s+)?(?:(?:" + QUALIFIERS + ")\\s+)*(?:" + KIND_WORDS + ")\\s+of\\s+(.+)$");
    private static final Pattern X_TYPES = Pattern.compile("(?i)^(.+?)\\s+(?:" + KIND_WORDS + ")$");
    private static final Pattern BARE_TYPES =
            Pattern.compile("(?i)^(?:the\\s+)?(?:(?:main|different|various)\\s+)?(?:" + KIND_WORDS + ")$");
    private static final Pattern COUNT =
            Pattern.compile("(?i)^(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+");
    private static final Pattern WHAT_IS = Pattern.compile(
            "(?i)^(?:what\\s+(?:is|are)|define|what\\s+is\\s+meant\\s+by)\\s+(?:an?\\s+|the\\s+)?(.+?)\\s*\\??$");
    private static final Pattern QUESTION = Pattern.compile(
            "(?i)^(what|how|why|when|where|which|who|whom|whose|is|are|does|do|can|should|define|explain)\\b.*|.*\\?$");

    private NoteHeadings() {}

    static boolean question(String heading) {
        return QUESTION.matcher(heading.strip()).matches();
    }

    /** "What is X?", "Define X": the X asked about, or empty. */
    static Optional<String> askedTerm(String heading) {
        Matcher m = WHAT_IS.matcher(heading.strip());
        if (!m.matches() || Names.words(m.group(1)) > 6) {
            return Optional.empty();
        }
        return Optional.of(Names.clean(m.group(1))).filter(x -> !x.isEmpty() && Phrases.termLike(NoteWords.heading(x)));
    }

    /** A heading that reads as the name of a thing: a short noun phrase ending in a noun (or a name). */
    static boolean term(String heading) {
        String h = heading.strip();
        if (h.isEmpty() || question(h) || Names.words(h) > 6 || Regex.matches(h, ".*[.;!].*")) {
            return false;
        }
        Tagged t = NoteWords.heading(h);
        int last = t.size() - 1;
        while (last > 0 && t.is(last, "PUNCT")) {
            last--;
        }
        boolean gerundHead = t.is(last, "VERB") && t.lower(last).endsWith("ing") && t.is(last - 1, "NOUN", "PROPN");
        // The tagger reads some nouns in a short phrase as adjectives ("Zymurgical loyalty"); a noun's ending tells.
        boolean nounShaped =
                t.is(last, "ADJ") && Regex.matches(t.lower(last), ".*(ty|ion|ness|ment|ship|ance|ence|ism)$");
        return Phrases.termLike(t)
                && (t.is(last, "NOUN", "PROPN", "X") || gerundHead || nounShaped || Acronym.isAcronym(t.token(last)));
    }

    /**
     * A heading of one gerund ("Onboarding", "Benchmarking"): an activity the text under it may
     * define. Only as a heading: a label "Reading: …" before a book is no term.
     */
    static boolean activity(String heading) {
        Tagged t = NoteWords.heading(heading.strip());
        return t.size() == 1 && t.is(0, "VERB") && t.lower(0).endsWith("ing");
    }

    /** A bare adjective ("Strategic", "Analytical"): a kind or part named only by how it differs. */
    static boolean bareAdjective(String heading) {
        Tagged t = NoteWords.heading(heading.strip());
        return t.size() == 1 && t.is(0, "ADJ")
                || t.size() == 1 && t.is(0, "VERB") && Regex.matches(t.lower(0), ".*(al|ive|ic|ed|ing)$");
    }

    /** A heading of the kind word alone ("Types", "Categories"): it takes its supertype from the heading above. */
    static boolean bareTypes(String heading) {
        return BARE_TYPES.matcher(Names.clean(heading)).matches();
    }

    /** The list a heading names, if it names one; {@code above} is the heading over it (for a bare "Types"). */
    static Optional<ListName> listName(String heading, String above) {
        String h = Names.clean(heading);
        if (h.isEmpty() || question(h)) {
            return Optional.empty();
        }
        Matcher types = TYPES_OF.matcher(h);
        if (types.matches()) {
            return kinds(types.group(1));
        }
        if (BARE_TYPES.matcher(h).matches()) {
            return above == null || question(above) ? Optional.empty() : kinds(above);
        }
        Matcher xTypes = X_TYPES.matcher(h);
        if (xTypes.matches() && term(xTypes.group(1))) {
            return kinds(xTypes.group(1));
        }
        return parts(h);
    }

    /**
     * What the sections under a heading are kinds or parts of: as {@link #listName}, but a bare
     * plural compound ("Retail Loyalty Schemes", often a document's title) names the document,
     * not what its sections are.
     */
    static Optional<ListName> sectionsName(String heading, String above) {
        return listName(heading, above).filter(l -> l.kinds() || !bareCompound(Names.clean(heading)));
    }

    /** A plural noun with only nouns and adjectives before it and nothing after: "Customer Service Metrics". */
    private static boolean bareCompound(String h) {
        if (COUNT.matcher(h).find()) {
            return false;
        }
        Tagged t = NoteWords.heading(h);
        for (int i = Phrases.article(t, 0) ? 1 : 0; i < t.size(); i++) {
            if (!t.is(i, "NOUN", "PROPN", "ADJ")) {
                return false;
            }
        }
        return t.size() > 0 && t.plural(t.size() - 1);
    }

    /**
     * "Steps to successful complaint handling", "Stages of the buying process": the process whose
     * steps the list gives (its qualities such as "successful" aside), or empty.
     */
    static Optional<String> process(String listName) {
        Matcher m = STEPS_OF.matcher(listName.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Tagged t = NoteWords.heading(m.group(1));
        int start = Phrases.article(t, 0) ? 1 : 0;
        while (start < t.size() - 1 && t.is(start, "ADJ")) {
            start++;
        }
        String process = Names.clean(t.span(start, t.size()));
        return term(process) ? Optional.of(process) : Optional.empty();
    }

    private static final Pattern STEPS_OF =
            Pattern.compile("(?i)^(?:\\S+\\s+)?(?:steps|stages|phases)\\s+(?:to|of|in|for|towards)\\s+(.+)$");

    private static Optional<ListName> kinds(String of) {
        String x = PromptParser.nounPhrase(of);
        x = x.isEmpty() ? Names.clean(of) : x;
        return x.isEmpty() ? Optional.empty() : Optional.of(new ListName(null, x, x, false));
    }

    /** A plural noun with a complement, a count or a noun before it: "Steps to X", "Factors affecting X", "Service Metrics". */
    private static Optional<ListName> parts(String h) {
        boolean counted = COUNT.matcher(h).find();
        String name = COUNT.matcher(h).replaceFirst("").strip();
        Tagged t = NoteWords.heading(name);
        int start = Phrases.article(t, 0) ? 1 : 0;
        if (start == 0 && t.size() > 1 && t.is(0, "VERB") && t.plural(1) && crmgraph.nlp.Lexicon.noun(t.lower(0))) {
            t = NoteWords.firstAsNoun(t); // "Blueprint components": a noun the tagger took for an imperative
        }
        int p = start;
        boolean nounBefore = false;
        while (p < t.size() && !t.plural(p) && t.is(p, "ADJ", "NOUN", "PROPN", "NUM")) {
            nounBefore |= t.is(p, "NOUN", "PROPN");
            p++;
        }
        if (p >= t.size() || !t.plural(p)) {
            return Optional.empty();
        }
        String head = null;
        if (p + 1 < t.size()) {
            boolean complement =
                    t.is(p + 1, "ADP", "PART") || t.is(p + 1, "VERB") && Regex.matches(t.lower(p + 1), ".*(ing|ed)$");
            if (!complement || p + 2 >= t.size()) {
                return Optional.empty();
            }
            if (t.lower(p + 1).equals("of")) {
                head = Names.clean(t.span(p + 2, t.size()));
            }
        } else if (!nounBefore && !counted) {
            return Optional.empty();
        }
        String owner = Names.clean(name);
        return Optional.of(new ListName(owner, null, head, Sequence.succession(t.token(p))));
    }
}
