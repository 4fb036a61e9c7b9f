package crmgraph.extract;

import crmgraph.Regex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Key terms: desired service, adequate service, zone of tolerance.": the terms a summary lists
 * are its concepts, named without a definition here (the text around them may give one). The
 * label itself ("Key terms", "Concepts to know") names no concept.
 */
final class KeyTerms {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:(?:key|main|important|core)\\s+)?(?:terms|concepts|keywords|key\\s+words|vocabulary)(?:\\s+(?:to\\s+(?:know|learn|remember)|at\\s+a\\s+glance|in\\s+brief))?$");
    /** "Internal service quality: the quality of …" under such a label: one term and its explanation. */
    private static final Pattern TERM_LINE = Pattern.compile("^([^:]{2,60}?):\\s+(\\S.{10,})$");

    private KeyTerms() {}

    /** Whether a card's front or a line's label says the text after it lists terms. */
    static boolean label(String text) {
        return LABEL.matcher(Regex.replaceAll(text.strip(), "[:\\s]+$", "")).matches();
    }

    /** Reads "Key terms: a, b, c" as concepts a, b, c; false when the text is no such line. */
    static boolean read(String text, int card, Facts facts) {
        int colon = text.indexOf(':');
        if (colon < 0 || !label(text.substring(0, colon))) {
            return false;
        }
        return listed(text.substring(colon + 1), card, facts);
    }

    /** The terms of a comma series as concepts, or the one term a "term: explanation" line defines; false when neither. */
    static boolean listed(String series, int card, Facts facts) {
        Matcher one = TERM_LINE.matcher(series.strip());
        if (one.matches() && !one.group(1).contains(",") && NoteHeadings.term(one.group(1))) {
            facts.concept(Names.clean(one.group(1)), Names.cleanDefinition(one.group(2)), card);
            return true;
        }
        List<ListItem> terms = Members.accept(new Answer(
                "", ListParser.series(Regex.replaceAll(series.strip(), "[.\\s]+$", ""), true), false, "series"));
        terms.stream()
                .filter(t -> !t.explained() && NoteHeadings.term(t.name()))
                .forEach(t -> facts.concept(Names.clean(t.name()), null, card));
        return !terms.isEmpty();
    }
}
