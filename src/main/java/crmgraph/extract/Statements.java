package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import crmgraph.nlp.Acronym;
import java.util.List;
import java.util.Optional;

/**
 * Sentences that define their subject: "X is a …", "X involves …", "X refers to …"; on a true
 * statement card (a sentence answered "true") any present-tense statement about a multi-word
 * subject counts too. A comma series in such a sentence lists parts of its subject.
 */
final class Statements {

    private Statements() {}

    /** A true/false card: each statement's subject becomes a concept; a true one defines it. */
    static void read(String statement, boolean truth, int card, Facts facts) {
        String current = null;
        StringBuilder definition = new StringBuilder();
        for (Tagged s : Tagged.sentences(Names.normalise(statement))) {
            Optional<String> whole = StatementRelations.wholeListed(s);
            if (whole.isPresent()) {
                // "The four stages of X are A, B, C and D" lists X's parts; it defines neither X nor "four stages"
                flush(current, definition, truth, card, facts);
                current = null;
                definition.setLength(0);
                facts.concept(whole.get(), null, card);
                if (truth) {
                    parts(s, seriesItems(s), whole.get(), card, facts);
                }
                continue;
            }
            Optional<String> placed = StatementRelations.read(s, truth, card, facts);
            if (placed.isPresent()) {
                flush(current, definition, truth, card, facts);
                current = null;
                definition.setLength(0);
                continue;
            }
            Optional<Phrases.Subject> subject = Phrases.subject(s);
            String name = subject.filter(x -> Phrases.nameable(s, x, true) && Phrases.defines(s, x.verb())
                            || truth && describedWord(s, x)
                            || Phrases.nameable(s, x, false)
                                    && x.end() - x.start() >= 2
                                    && Phrases.presentVerb(s, x.verb())
                                    && !s.lemmas().get(x.verb()).equals("be")
                                    && !hedged(s, x))
                    .map(x -> singularSubject(s, x))
                    .orElse(null);
            if (name != null) {
                flush(current, definition, truth, card, facts);
                current = name;
                definition.setLength(0);
            }
            if (current != null) {
                definition
                        .append(definition.length() == 0 ? "" : " ")
                        .append(s.text().strip());
            }
            series(s, current, card, facts);
        }
        flush(current, definition, truth, card, facts);
    }

    /**
     * Adverbs of frequency and concession, a closed class of English: "big customers often demand
     * discounts", "satisfied customers still defect" say how the subject tends to behave, a claim
     * a true/false card corrects, not what the subject is.
     */
    private static final java.util.Set<String> HEDGES = java.util.Set.of(
            "often",
            "still",
            "usually",
            "sometimes",
            "frequently",
            "typically",
            "generally",
            "always",
            "never",
            "rarely",
            "seldom",
            "also",
            "even",
            "mostly",
            "normally",
            "occasionally");

    private static boolean hedged(Tagged s, Phrases.Subject x) {
        for (int i = x.end(); i < x.verb(); i++) {
            if (HEDGES.contains(s.lower(i))) {
                return true;
            }
        }
        return x.verb() > 0 && HEDGES.contains(s.lower(x.verb() - 1));
    }

    /**
     * A one-word subject that a true statement describes by a noun with what restricts it: "Privacy
     * is the degree to which …", "Loyalty is a commitment that …". A bare one-word subject needs
     * this much: "Price is a factor." says too little to define price.
     */
    private static boolean describedWord(Tagged s, Phrases.Subject x) {
        if (x.end() - x.start() != 1 || !s.is(x.start(), "NOUN", "PROPN") || s.plural(x.start())) {
            return false;
        }
        int v = x.verb();
        if (!s.lemmas().get(v).equals("be") || !Phrases.article(s, v + 1)) {
            return false;
        }
        int end = Phrases.nounPhraseEnd(s, v + 1);
        return end > v + 2
                && end < s.size()
                && (s.is(end, "ADP", "PART") || Regex.matches(s.lower(end), "who|that|which|whose|where|when"));
    }

    private static void flush(String name, StringBuilder definition, boolean truth, int card, Facts facts) {
        if (name != null) {
            facts.concept(name, truth ? definition.toString() : null, card);
        }
    }

    /** Sentences inside a definition or lead-in that define some other concept than the card's. */
    static void inDefinition(String text, String cardConcept, int card, Facts facts) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Tagged s : Tagged.sentences(Names.normalise(text))) {
            Optional<Phrases.Subject> subject = Phrases.subject(s);
            if (subject.isPresent()
                    && Phrases.nameable(s, subject.get(), true)
                    && Phrases.defines(s, subject.get().verb())) {
                String name = subjectName(s, subject.get());
                if ((cardConcept == null || !same(name, cardConcept)) && !Regex.matches(name, "(?i).*\\bof\\b.*")) {
                    facts.concept(name, s.text().strip(), card);
                }
            }
        }
    }

    /** The subject of the sentence holding a series, when it can name the list's owner. */
    static Optional<String> seriesOwner(String prose, String firstItem, String cardConcept, int card, Facts facts) {
        for (Tagged s : Tagged.sentences(Names.normalise(prose))) {
            if (!s.text().contains(firstItem)) {
                continue;
            }
            Optional<Phrases.Subject> subject = Phrases.subject(s);
            if (Regex.matches(s.text(), "(?is).*\\b(for example|e\\.g|for instance)\\b.*")) {
                return Optional.empty();
            }
            if (subject.isPresent()
                    && Phrases.nameable(s, subject.get(), true)
                    && (Phrases.defines(s, subject.get().verb())
                            || cardConcept != null && same(subjectName(s, subject.get()), cardConcept))) {
                String name = subjectName(s, subject.get());
                facts.concept(name, null, card);
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static List<ListItem> seriesItems(Tagged s) {
        return Members.accept(new Answer("", ListParser.series(s.text(), false), false, "series"));
    }

    private static void series(Tagged s, String fallback, int card, Facts facts) {
        List<ListItem> items = seriesItems(s);
        if (items.isEmpty()) {
            return;
        }
        Optional<Phrases.Subject> subject = Phrases.subject(s);
        String owner = subject.filter(x -> Phrases.nameable(s, x, true))
                .map(x -> subjectName(s, x))
                .orElse(fallback);
        if (owner != null) {
            parts(s, items, owner, card, facts);
        }
    }

    /** The series of a sentence as the ordered or unordered parts of {@code owner}. */
    private static void parts(Tagged s, List<ListItem> items, String owner, int card, Facts facts) {
        facts.concept(owner, null, card);
        boolean ordered = Sequence.named(s.text(), items);
        int order = 1;
        for (ListItem item : items) {
            String name = Names.clean(item.name());
            facts.concept(name, null, card);
            facts.relation(RelationType.HAS_PART, owner, name, ordered ? order : null, null, card);
            order++;
        }
    }

    static String subjectName(Tagged s, Phrases.Subject subject) {
        return Names.clean(s.span(subject.start(), subject.end()));
    }

    /** A statement's subject in the singular ("Production-oriented businesses" → "Production-oriented business"): sentences speak of classes in the plural. */
    static String singularSubject(Tagged s, Phrases.Subject subject) {
        int last = subject.end() - 1;
        while (last > subject.start() && s.is(last, "PUNCT")) {
            last--;
        }
        if (!s.plural(last)
                || Acronym.isAcronym(s.token(last))
                || s.lemmas().get(last).length() < 3) {
            return subjectName(s, subject);
        }
        String head = s.token(last);
        String lemma = s.lemmas().get(last);
        String singular = Character.isUpperCase(head.charAt(0))
                ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1)
                : lemma;
        return Names.clean(s.span(subject.start(), last)
                + (last > subject.start() && !s.token(last - 1).equals("-") ? " " : "")
                + singular);
    }

    private static boolean same(String a, String b) {
        String x = Regex.replaceAll(Regex.replaceAll(a.toLowerCase(), "[^a-z0-9]", ""), "s$", "");
        String y = Regex.replaceAll(Regex.replaceAll(b.toLowerCase(), "[^a-z0-9]", ""), "s$", "");
        return x.equals(y) || x.startsWith(y) || y.startsWith(x);
    }
}
