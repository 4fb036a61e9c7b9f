package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import java.util.Optional;
import java.util.Set;

/**
 * Noun phrases and clause subjects found on POS tags: the leading noun phrase of a text, the
 * subject of a sentence and whether its verb defines it ("X is a …", "X involves …", "X refers to …").
 */
final class Phrases {

    private static final Set<String> QUANTIFIERS = Set.of(
            "many", "some", "most", "all", "few", "several", "these", "this", "those", "that", "each", "every", "other",
            "such", "any", "both", "no", "little", "much", "more", "less", "one", "it", "they", "there", "here",
            "also");
    private static final Set<String> PRONOUNS = Set.of(
            "it", "they", "this", "those", "these", "that", "he", "she", "we", "you", "i", "them", "its", "their",
            "which", "who", "what", "where", "when", "how", "why", "there");
    private static final Set<String> DEFINING_VERBS = Set.of(
            "involve",
            "refer",
            "mean",
            "describe",
            "consist",
            "denote",
            "represent",
            "comprise",
            "define",
            "encompass");

    /** Words that end like adjectives ("collaborative", "analytical"), whatever a short text's tagger says. */
    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("[a-z]+(?:-[a-z]+)+");

    private static final java.util.regex.Pattern ADJECTIVE_ENDING =
            java.util.regex.Pattern.compile("(?:ive|al|ous|ful|able|ible|ic|ary|less)$");

    private Phrases() {}

    /** A subject noun phrase [start, end) and the index of its verb. */
    record Subject(int start, int end, int verb) {}

    static boolean article(Tagged t, int i) {
        return i < t.size() && Regex.matches(t.lower(i), "the|a|an");
    }

    /** The end (exclusive) of the noun phrase starting at {@code from} (articles included), or {@code from}. */
    static int nounPhraseEnd(Tagged t, int from) {
        int i = from;
        while (article(t, i) || i < t.size() && Regex.matches(t.lower(i), "'s|'")) {
            i++;
        }
        int lastNoun = from;
        while (i < t.size()) {
            String w = t.lower(i);
            boolean hyphenated =
                    (w.equals("-") || w.equals("/")) && i > from && i + 1 < t.size() && !t.is(i + 1, "PUNCT");
            boolean participle =
                    t.is(i, "VERB") && (w.endsWith("ing") || w.endsWith("ed")) && (i == from || !t.is(i - 1, "AUX"));
            boolean acronymAside = w.equals("(")
                    && i + 2 < t.size()
                    && Acronym.isAcronym(t.token(i + 1))
                    && t.token(i + 2).equals(")");
            if (acronymAside) {
                return i + 3;
            }
            boolean compoundPart = i > from && t.lower(i - 1).equals("-") && !t.is(i, "PUNCT")
                    || HYPHENATED.matcher(w).matches(); // "cost-to-serve", one token, is a noun whatever its tag
            if (t.is(i, "NOUN", "PROPN", "NUM", "X")
                    || participle
                    || hyphenated
                    || compoundPart
                    || t.is(i, "ADJ") && !QUANTIFIERS.contains(w)
                    || t.is(i, "PART") && w.equals("'s")
                    || t.is(i, "ADV") && w.endsWith("ly") && t.is(i + 1, "ADJ")
                    || t.is(i, "SYM") && w.equals("&")) {
                i++;
                if (!hyphenated && !t.is(i - 1, "ADV")) {
                    lastNoun = i;
                }
            } else {
                break;
            }
        }
        return lastNoun;
    }

    /** True when the tokens [from, to) are a noun phrase, with its prepositional complements, and nothing else. */
    static boolean nounPhraseOnly(Tagged t, int from, int to) {
        int end = nounPhraseEnd(t, from);
        while (end > from && end < to && t.is(end, "ADP") && nounPhraseEnd(t, end + 1) > end + 1) {
            end = nounPhraseEnd(t, end + 1);
        }
        if (end != to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (t.is(i, "NOUN", "PROPN") || Acronym.isAcronym(t.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a sentence: a noun phrase at its start followed (adverbs aside) by a verb. */
    static Optional<Subject> subject(Tagged t) {
        Optional<Subject> quoted = quotedSubject(t);
        if (quoted.isPresent()) {
            return quoted;
        }
        if (t.size() < 3
                || !t.is(0, "NOUN", "PROPN", "ADJ", "DET", "VERB", "X", "NUM")
                || QUANTIFIERS.contains(t.lower(0))
                || t.is(0, "DET") && !article(t, 0)
                || t.is(0, "NUM")) {
            return Optional.empty();
        }
        int start = article(t, 0) ? 1 : 0;
        int end = nounPhraseEnd(t, start);
        if (end <= start) {
            return Optional.empty();
        }
        for (int k = start + 1; k < end; k++) {
            if (mistaggedVerb(t, k)) {
                end = k;
                break;
            }
        }
        int v = end;
        int name = end;
        for (int pp = 0;
                pp < 2 && v < t.size() && t.is(v, "ADP") && !Regex.matches(t.lower(v), "as|than|because|if");
                pp++) {
            int next = nounPhraseEnd(t, v + 1);
            if (next <= v + 1) {
                break;
            }
            int verb = verbInside(t, v + 2, next);
            if (verb > 0) {
                // "A simple version for a subscription business multiplies …": the verb ends the phrase.
                return Optional.of(new Subject(start, pp == 0 && t.lower(v).equals("of") ? verb : end, verb));
            }
            if (t.lower(v).equals("of") && pp == 0) {
                name = next;
            }
            v = next;
        }
        end = name;
        while (v < t.size()
                && (t.is(v, "ADV")
                        || Regex.matches(t.lower(v), "itself|themselves")
                        || t.lower(v).equals("no") && t.is(v + 1, "ADV"))) {
            v++; // "The journey itself has …", "Customers no longer judge …"
        }
        boolean afterAside = v == end
                && end > 0
                && t.token(end - 1).equals(")")
                && v < t.size()
                && t.is(v, "NOUN")
                && t.lower(v).endsWith("s");
        if (v < t.size() && (t.is(v, "AUX", "VERB") || mistaggedVerb(t, v) || afterAside)) {
            return Optional.of(new Subject(start, end, v));
        }
        if (end - start >= 2 && t.is(end - 1, "NOUN") && t.is(end, "ADP") && t.plural(end - 2)) {
            return Optional.of(new Subject(start, end - 1, end - 1));
        }
        return Optional.empty();
    }

    /**
     * A term in quotes opening a sentence, before its verb: 'A "partial employee" is …'. The
     * quotes mark the words as a name; what they enclose must still be a noun phrase.
     */
    private static Optional<Subject> quotedSubject(Tagged t) {
        int open = article(t, 0) ? 1 : 0;
        if (open >= t.size() || !Regex.matches(t.token(open), "[\"']")) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < t.size() && close <= open + 6 && !t.token(close).equals(t.token(open))) {
            close++;
        }
        if (close >= t.size() || close == open + 1 || close > open + 6 || nounPhraseEnd(t, open + 1) != close) {
            return Optional.empty();
        }
        int v = close + 1;
        while (v < t.size() && t.is(v, "ADV")) {
            v++;
        }
        return t.is(v, "AUX", "VERB") ? Optional.of(new Subject(open + 1, close, v)) : Optional.empty();
    }

    /** The first mistagged verb in [from, to), or -1. */
    private static int verbInside(Tagged t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (mistaggedVerb(t, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A verb the tagger took for a noun: "Canvassing involves making …", "the market changes
     * quickly." (a manner adverb closing the clause follows a verb, not a noun), "schemes shift
     * every year".
     */
    static boolean mistaggedVerb(Tagged t, int k) {
        String w = t.token(k);
        if (!t.is(k, "NOUN") || !w.equals(w.toLowerCase()) || k + 1 >= t.size()) {
            return false;
        }
        boolean object = t.is(k + 1, "DET", "ADJ")
                || t.is(k + 1, "VERB") && t.lower(k + 1).endsWith("ing")
                || closingAdverb(t, k + 1);
        boolean thirdPerson = w.endsWith("s") && !w.endsWith("ss") && t.is(k - 1, "NOUN", "PROPN", "VERB", "PUNCT");
        // "the rules of most schemes shift every year": after a plural noun, a verb has no -s.
        boolean afterPlural = !w.endsWith("s")
                && k > 0
                && t.plural(k - 1)
                && (t.is(k + 1, "DET") && !article(t, k + 1) || closingAdverb(t, k + 1));
        return object && (thirdPerson || afterPlural);
    }

    private static boolean closingAdverb(Tagged t, int k) {
        return t.is(k, "ADV") && t.lower(k).endsWith("ly") && (k + 1 == t.size() || t.is(k + 1, "PUNCT"));
    }

    /** True when the verb at {@code v} introduces a definition: "is a/the …", "involves", "refers to", "means". */
    static boolean defines(Tagged t, int v) {
        String lemma = t.lemmas().get(v);
        if (DEFINING_VERBS.contains(lemma)) {
            return true;
        }
        if (!lemma.equals("be") || t.lower(v).equals("been")) {
            return false;
        }
        int n = v + 1;
        while (n < t.size() && t.is(n, "ADV")) {
            n++;
        }
        if (n < t.size() && t.lower(n).equals("when")) {
            return true;
        }
        return n < t.size()
                && (t.is(n, "DET") && !Regex.matches(t.lower(n), "that|this|these|those|no")
                        || t.is(n, "NOUN", "PROPN", "NOUN+PART") // "people's tendency to …"
                        || t.is(n, "ADJ") && t.is(n + 1, "NOUN", "ADJ"));
    }

    /** A verb in the present tense of a statement ("divides", "believe", "applies"), not a modal. */
    static boolean presentVerb(Tagged t, int v) {
        String w = t.lower(v);
        return !t.is(v, "ADP", "DET", "PUNCT", "PRON")
                && !Regex.matches(w, "can|could|may|might|must|should|would|will|shall|did|was|were|had|has|have")
                && !w.endsWith("ed")
                && !w.endsWith("ing");
    }

    /** A subject good enough to name a concept: short, no pronoun, several words or a clearly nominal single word. */
    static boolean nameable(Tagged t, Subject s, boolean singleWordNeedsShape) {
        int n = 0;
        for (int i = s.start(); i < s.end(); i++) {
            if (!t.is(i, "PUNCT")) {
                n++;
            }
        }
        if (n == 0 || n > 5) {
            return false;
        }
        if (n == 1 && singleWordNeedsShape) {
            String w = t.token(s.start());
            // "Opt-in", "co-creation": a hyphenated compound is a name, whatever its ending
            return Acronym.isAcronym(w)
                    || HYPHENATED.matcher(w.toLowerCase()).matches() && !t.plural(s.start())
                    || Regex.matches(w.toLowerCase(), ".*(ing|ion|ism|ity|ment|ance|ence|ship|ness)$")
                            && !t.plural(s.start());
        }
        return true;
    }

    /**
     * No finite verb: "one-to-one marketing", "most valuable customers (MVCs)". A short prompt
     * without one names something, whatever its first word is tagged.
     */
    static boolean verbless(Tagged t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.lower(i);
            boolean compound = i + 1 < t.size() && t.lower(i + 1).equals("-")
                    || i > 0 && t.lower(i - 1).equals("-");
            if (compound) {
                continue;
            }
            boolean finite = t.is(i, "VERB")
                    && !w.endsWith("ing")
                    && !w.endsWith("ed")
                    && !ADJECTIVE_ENDING.matcher(w).find();
            if (t.is(i, "AUX") || finite || PRONOUNS.contains(w) && !w.equals("one")) {
                return false;
            }
        }
        return t.size() > 0;
    }

    /** Text looks like a term: a short noun phrase, not a clause. */
    static boolean termLike(Tagged t) {
        if (t.size() == 0 || t.size() > 9) {
            return false;
        }
        int start = article(t, 0) ? 1 : 0;
        if (t.size() == 1 && !PRONOUNS.contains(t.lower(0)) && !t.is(0, "AUX", "ADP", "CCONJ", "SCONJ")) {
            return true;
        }
        // "on-premise CRM", "after-sales service": a preposition joined by a hyphen is part of a compound.
        boolean compound = start + 1 < t.size() && t.lower(start + 1).equals("-");
        if (t.is(start, "AUX", "ADP", "SCONJ", "CCONJ") && !compound
                || PRONOUNS.contains(t.lower(start))
                || QUANTIFIERS.contains(t.lower(start))) {
            return false;
        }
        boolean clause =
                t.size() - start > 3 || t.is(start + 1, "DET", "PRON", "ADP", "PART") || t.is(t.size() - 1, "VERB");
        if (t.is(start, "VERB")
                && !t.lower(start).endsWith("ing")
                && !t.lower(start).endsWith("ed")
                && !Character.isUpperCase(t.token(start).charAt(0))
                && clause) {
            return false;
        }
        if (t.size() == 1) {
            return !PRONOUNS.contains(t.lower(0));
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, "AUX") || t.is(i, "PRON") && PRONOUNS.contains(t.lower(i))) {
                return false;
            }
        }
        return true;
    }
}
