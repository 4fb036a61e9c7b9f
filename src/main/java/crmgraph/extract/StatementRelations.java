package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import java.util.List;
import java.util.Optional;

/**
 * Statements that place their subject rather than (only) define it, read on the grammar of the
 * sentence: "X is also known as Y" gives X the alias Y; "X is one of the lawful bases for …" makes
 * X a kind of lawful basis; "The four stages of X are A, B, C and D" lists X's parts. A false
 * statement places nothing: its subject stays a concept and no more.
 */
final class StatementRelations {

    private static final int MAX_NAME_WORDS = 5;

    private StatementRelations() {}

    /** The statement's subject when the sentence is one of these shapes and was read, else empty. */
    static Optional<String> read(Tagged s, boolean truth, int card, Facts facts) {
        Optional<String> alias = alias(s, truth, card, facts);
        return alias.isPresent() ? alias : kind(s, truth, card, facts);
    }

    /**
     * The whole whose parts a sentence lists: "The four dimensions of X are A, B, C and D" lists
     * parts of X. The subject is a plural noun, counted or not, "of" a noun phrase; the verb "be".
     */
    static Optional<String> wholeListed(Tagged s) {
        Optional<Phrases.Subject> subject = Phrases.subject(s);
        if (subject.isEmpty() || !s.lemmas().get(subject.get().verb()).equals("be")) {
            return Optional.empty();
        }
        int start = subject.get().start();
        int end = subject.get().end();
        int of = start;
        while (of < end && !s.lower(of).equals("of")) {
            of++;
        }
        if (of == start || of >= end - 1 || !s.plural(of - 1)) {
            return Optional.empty();
        }
        for (int i = start; i < of - 1; i++) {
            if (!s.is(i, "NUM", "ADJ")) {
                return Optional.empty();
            }
        }
        int from = Phrases.article(s, of + 1) ? of + 2 : of + 1;
        if (Phrases.nounPhraseEnd(s, from) != end || Statements.seriesItems(s).size() < 2 || !plainName(s, from, end)) {
            return Optional.empty();
        }
        return Optional.of(Names.clean(s.span(from, end)));
    }

    /**
     * "X is also known as Y", "X is also called 'Y'": the passive of a naming verb after "be". Only
     * with "also" or a quoted name: "X is known as a leader in …" describes X, it gives no other name.
     */
    private static Optional<String> alias(Tagged s, boolean truth, int card, Facts facts) {
        int start = Phrases.article(s, 0) ? 1 : 0;
        int be = start;
        while (be < s.size()
                && be - start <= MAX_NAME_WORDS
                && !s.lemmas().get(be).equals("be")) {
            be++;
        }
        if (be == start || be >= s.size() || be - start > MAX_NAME_WORDS || !plainName(s, start, be)) {
            return Optional.empty();
        }
        int v = be + 1;
        boolean also = false;
        while (v < s.size() && s.is(v, "ADV")) {
            also |= s.lower(v).equals("also");
            v++;
        }
        if (!s.is(v, "VERB")
                || !Regex.matches(s.lemmas().get(v), "know|call")
                || s.lower(v).equals("call")) {
            return Optional.empty();
        }
        int from = s.lower(v + 1).equals("as") ? v + 2 : v + 1;
        String rest = s.span(from, s.size());
        boolean quoted = Regex.matches(rest, "^(?:the\\s+|a\\s+|an\\s+)?[\"'].+");
        String other =
                Names.clean(Regex.replaceAll(Regex.replaceAll(rest, "[.;!]+$", ""), "(?i)^(?:the|a|an)\\s+", ""));
        if (!(also || quoted)
                || other.isEmpty()
                || Names.words(other) > MAX_NAME_WORDS
                || Regex.matches(rest, "(?i)^(?:a|an)\\s.*")
                || rest.contains(",")) {
            return Optional.empty();
        }
        String name = Names.clean(s.span(start, be));
        facts.concept(name, truth ? List.of(other) : List.of(), null, card);
        return Optional.of(name);
    }

    /** Words that can be a name: no pronoun, no punctuation but a hyphen or quotes. */
    private static boolean plainName(Tagged s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.is(i, "PRON", "AUX", "SCONJ", "CCONJ") || s.is(i, "PUNCT") && !Regex.matches(s.token(i), "[-\"']")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X is one of the lawful bases for …": X is a lawful basis, and the sentence defines it. Not
     * where the class is ranked or counted ("one of the most important drivers", "one of the four
     * Ps"): that says how X stands among others, not what it is.
     */
    private static Optional<String> kind(Tagged s, boolean truth, int card, Facts facts) {
        Optional<Phrases.Subject> subject = Phrases.subject(s);
        if (subject.isEmpty() || !Phrases.nameable(s, subject.get(), false)) {
            return Optional.empty();
        }
        int v = subject.get().verb();
        if (!s.lemmas().get(v).equals("be")) {
            return Optional.empty();
        }
        int n = v + 1;
        while (n < s.size() && s.is(n, "ADV")) {
            n++;
        }
        if (!s.lower(n).equals("one")
                || !s.lower(n + 1).equals("of")
                || !s.lower(n + 2).equals("the")) {
            return Optional.empty();
        }
        int from = n + 3;
        int end = Phrases.nounPhraseEnd(s, from);
        if (end <= from || !s.plural(end - 1) || s.lemmas().get(end - 1).length() < 3 || ranked(s, from, end)) {
            return Optional.empty();
        }
        if (end < s.size() && !s.is(end, "ADP", "PUNCT")) {
            return Optional.empty();
        }
        String name = Statements.singularSubject(s, subject.get());
        if (!truth) {
            facts.concept(name, null, card);
            return Optional.of(name);
        }
        String kind = Statements.singularSubject(s, new Phrases.Subject(from, end, -1));
        facts.concept(name, s.text().strip(), card);
        facts.concept(kind, null, card);
        facts.relation(RelationType.IS_A, name, kind, null, "type", card);
        return Optional.of(name);
    }

    /** A number or a superlative among the words: a rank or a count, no class. */
    private static boolean ranked(Tagged s, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean inflected = s.is(i, "ADJ") && !s.lemmas().get(i).equals(s.lower(i));
            if (s.is(i, "NUM") || inflected || s.lower(i).endsWith("est") && s.is(i, "ADJ")) {
                return true;
            }
        }
        return false;
    }
}
