package crmgraph.resolve;

import crmgraph.extract.Extraction;
import crmgraph.extract.MentionSource;
import crmgraph.nlp.FrameNouns;
import java.util.List;
import java.util.Set;

/**
 * The kind a definition says its concept is, by the noun phrase it opens with (the genus of a
 * genus-and-difference definition, the "X is a Y" of Hearst's patterns): "Hostages: customers who
 * keep buying although they are dissatisfied" makes hostages a kind of customer, "Chatbot: software
 * that holds a conversation …" a kind of software. The phrase must be nouns and adjectives ending
 * in a known concept's name, and be followed by what restricts it (a relative pronoun, a
 * preposition, a participle, punctuation), never by a verb of its own: "customers can experience
 * value" has customers as its subject, not as the concept's kind. A definition that opens with a
 * verb, a gerund or a clause names no genus.
 */
final class Genus {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> HEAD = Set.of("NOUN", "PROPN");
    private static final Set<String> PHRASE = Set.of("NOUN", "PROPN", "ADJ");
    private static final Set<String> RESTRICTS = Set.of("PRON", "ADP", "SCONJ", "PUNCT");
    private static final Set<String> COPULA = Set.of("is", "are");
    private static final int MAX_SUBJECT = 6;
    private static final int MIN_SHARED = 2;
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose");

    private Genus() {}

    /** The concept the definition's opening noun phrase names as its concept's kind, if a known one ends it. */
    static java.util.Optional<String> of(MentionSource source, Lexicon lexicon) {
        int n = source.tokens().size();
        if (source.tags().size() != n || n == 0) {
            return java.util.Optional.empty();
        }
        int i = afterOwnName(source);
        boolean introduced = i > 0;
        boolean definite = false;
        if (i < n && DETERMINERS.contains(lower(source, i))) {
            definite = lower(source, i).equals("the");
            i++;
            introduced = true;
        }
        int j = i;
        while (j < n
                && (PHRASE.contains(source.tags().get(j))
                        || nounBeforeRelative(source, j)
                        || commaBetweenAdjectives(source, i, j))) {
            j++;
        }
        boolean head = j > i && (HEAD.contains(source.tags().get(j - 1)) || nounBeforeRelative(source, j - 1));
        // Without "a", "the" or "X is" before it, an opening word may be a verb the tagger missed
        // ("rank customers by value", "separate customers by need"): only a lone noun before "who",
        // "which", "that" or a participle ("software that …") is taken as the kind.
        // A relative pronoun after the phrase ("Long-standing customers who …") makes it a noun phrase all
        // the same, unless it opens with a gerund ("Building long-term relationships that …": an activity).
        boolean bare = !introduced
                && (j - i > 1 || j < n && source.tags().get(j).equals("ADP"))
                && !(j < n && RELATIVE.contains(lower(source, j)) && !gerund(lower(source, i)));
        if (!head || bare || j < n && !restricts(source, j) || definite && unrestricted(source, j)) {
            return java.util.Optional.empty();
        }
        if (j - i == 1
                && (FrameNouns.is(lower(source, i))
                        || KIND_NOUNS.contains(Keys.key(lower(source, i)))
                                && lower(source, j).equals("of"))
                && j < n
                && Set.of("of", "that").contains(lower(source, j))) {
            // "the idea that staff are internal customers": a frame, no kind; "a form of opt-in": the kind
            // follows; "the types of X are …" lists X's kinds, and X is no kind of "types"
            return java.util.Optional.empty();
        }
        for (int start = i; start < j; start++) {
            java.util.Optional<String> known = lexicon.node(words(source, start, j));
            if (known.isPresent()) {
                return known;
            }
        }
        return java.util.Optional.empty();
    }

    /** The key of tokens {@code from} to {@code to}, the last one by its lemma ("customers" → "customer"). */
    private static String words(MentionSource source, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k == from ? "" : " ")
                    .append(
                            k == to - 1
                                    ? source.lemmas().get(k)
                                    : source.tokens().get(k));
        }
        return Keys.key(b.toString());
    }

    /** The kind each definition of the import names, by definition (identity: the same text may define two concepts). */
    static java.util.Map<MentionSource, String> of(List<Extraction> decks, Lexicon lexicon) {
        java.util.Map<MentionSource, String> genera = new java.util.IdentityHashMap<>();
        decks.forEach(d ->
                d.mentionSources().forEach(source -> of(source, lexicon).ifPresent(kind -> genera.put(source, kind))));
        return genera;
    }

    /**
     * One-word kinds that open at least two definitions of the import ("customers who …", "software
     * that …"). A word that opens a single definition is as likely another sense of a homonym ("the
     * point at which personalisation feels intrusive" is no kind of loyalty points), so a one-word
     * kind is taken only when it is shared.
     */
    static Set<String> shared(java.util.Map<MentionSource, String> genera) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        genera.values().stream()
                .filter(kind -> !kind.contains(" "))
                .forEach(kind -> counts.merge(kind, 1, Integer::sum));
        Set<String> shared = new java.util.HashSet<>();
        counts.forEach((kind, n) -> {
            if (n >= MIN_SHARED) {
                shared.add(kind);
            }
        });
        return shared;
    }

    /** "Churn is the share of …": the definition may repeat its concept's name and "is" before the genus. */
    private static int afterOwnName(MentionSource source) {
        String name = Keys.key(source.concept());
        int limit = Math.min(MAX_SUBJECT, source.tokens().size() - 1);
        for (int p = 1; p <= limit; p++) {
            if (COPULA.contains(lower(source, p))
                    && Keys.key(String.join(" ", source.tokens().subList(0, p))).equals(name)) {
                return p + 1;
            }
        }
        return 0;
    }

    /** An opening "-ing" word of its own ("Building …"), not a compound adjective ending so ("Long-standing"). */
    private static boolean gerund(String word) {
        return word.endsWith("ing") && !word.contains("-");
    }

    /** "short-term, low-profit customers": a comma between two adjectives of one phrase. */
    private static boolean commaBetweenAdjectives(MentionSource source, int from, int j) {
        return j > from
                && j + 1 < source.tokens().size()
                && source.tokens().get(j).equals(",")
                && source.tags().get(j - 1).equals("ADJ")
                && source.tags().get(j + 1).equals("ADJ");
    }

    /** "Software that …": a word the tagger took for a verb is a noun right before a relative pronoun. */
    private static boolean nounBeforeRelative(MentionSource source, int j) {
        return source.tags().get(j).equals("VERB")
                && j + 1 < source.tokens().size()
                && RELATIVE.contains(lower(source, j + 1));
    }

    /**
     * "Procedural justice - the process (speed, ease of complaining)": "the" and a noun with
     * nothing after it but a bracket or the end names what the concept is about, its aspect, not
     * its kind ("the process of …", "the process that …" would restrict it to one).
     */
    private static boolean unrestricted(MentionSource source, int j) {
        int k = j;
        if (k < source.tokens().size() && source.tokens().get(k).equals("(")) {
            while (k < source.tokens().size() && !source.tokens().get(k).equals(")")) {
                k++;
            }
            k++;
        }
        return k >= source.tokens().size() || source.tags().get(k).equals("PUNCT");
    }

    private static boolean restricts(MentionSource source, int j) {
        String tag = source.tags().get(j);
        String word = lower(source, j);
        // a comma after the noun more often starts a series ("the time, money and effort …") than a restriction
        return RESTRICTS.contains(tag) && !word.equals(",") && (!tag.equals("PRON") || RELATIVE.contains(word))
                || tag.equals("VERB") && (word.endsWith("ed") || word.endsWith("ing"));
    }

    /**
     * Nouns that say the concept is a kind of what follows "of" ("a type of market segmentation",
     * "a form of opt-in"): no aspect of it.
     */
    private static final Set<String> KIND_NOUNS =
            Set.of("type", "kind", "form", "sort", "variety", "category", "class", "variant", "version", "subtype");

    /**
     * Where the definition says its concept is a measure or a part of its head noun's concept, not
     * a kind of it, the noun that says so, as its lemma: "Desired service: the level of service a
     * customer hopes for" opens with another noun and "of" before the head ("service"), so desired
     * service is a "level" of service. {@code kind} is the whole name of the kind the concept's
     * name ends in ("service", "word of mouth"). A definition opening with the head itself ("the
     * value of a customer …" for customer lifetime value) says nothing against the kind, nor does a
     * noun of kinds or the first word of a kind named with "of" ("word of mouth that spreads online").
     */
    static java.util.Optional<String> aspectOf(MentionSource source, String kind) {
        String head = kind.substring(kind.lastIndexOf(' ') + 1);
        int at = aspectAt(source, head);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        String noun = source.lemmas().get(at).toLowerCase(java.util.Locale.ROOT);
        boolean opensTheKind = kind.contains(" ") && Keys.key(noun).equals(kind.substring(0, kind.indexOf(' ')));
        return KIND_NOUNS.contains(noun) || opensTheKind ? java.util.Optional.empty() : java.util.Optional.of(noun);
    }

    private static int aspectAt(MentionSource source, String head) {
        int n = source.tokens().size();
        if (source.tags().size() != n) {
            return -1;
        }
        int i = afterOwnName(source);
        if (i < n && DETERMINERS.contains(lower(source, i))) {
            i++;
        }
        while (i < n && source.tags().get(i).equals("ADJ")) {
            i++;
        }
        if (i + 2 >= n
                || !HEAD.contains(source.tags().get(i))
                || !lower(source, i + 1).equals("of")
                || Keys.key(source.lemmas().get(i)).equals(head)) {
            return -1;
        }
        for (int k = i + 2; k < Math.min(n, i + 6); k++) {
            String tag = source.tags().get(k);
            if (Keys.key(source.lemmas().get(k)).equals(head)
                    || Keys.key(source.tokens().get(k)).equals(head)) {
                return i;
            }
            if (!PHRASE.contains(tag) && !tag.equals("DET")) {
                return -1;
            }
        }
        return -1;
    }

    private static String lower(MentionSource source, int i) {
        return source.tokens().get(i).toLowerCase(java.util.Locale.ROOT);
    }
}
