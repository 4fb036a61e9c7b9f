package crmgraph.extract;

import crmgraph.Regex;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list a sentence of notes gives as a series after a colon. "There are three deployment models:
 * on-premise CRM, cloud CRM and open-source CRM." names kinds of deployment model; "The journey
 * has three stages: prepurchase, purchase and postpurchase." names parts of the journey (in order,
 * the noun says so). A colon after a noun phrase alone ("Churn: the loss of …") is a label, not
 * this: the lead-in must be a clause.
 */
final class SentenceLists {

    /** A list a sentence names: its owner or supertype, and its members as written. */
    record Found(NoteHeadings.ListName name, List<ListItem> members) {}

    private static final Pattern EXISTENTIAL = Pattern.compile("(?i)^there\\s+(?:are|exist)\\s+(.+)$");
    private static final Pattern QUALIFIED = Pattern.compile("(?i)^(?:(?:" + NoteHeadings.QUALIFIERS + ")\\s+)+");
    private static final Pattern ORDERING = Pattern.compile("(?i)stages?|steps?|phases?|levels?");

    private SentenceLists() {}

    static Optional<Found> in(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        List<ListItem> members =
                Members.accept(new Answer("", ListParser.series(sentence.substring(colon + 1), true), false, "series"));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        String lead = sentence.substring(0, colon).strip();
        Optional<NoteHeadings.ListName> kinds =
                kindListed(lead).map(kind -> new NoteHeadings.ListName(null, kind, kind, false));
        return kinds.or(() -> parts(lead)).map(name -> new Found(name, members));
    }

    /** "There are (three main) deployment models(:)": the kind its list gives instances of, "deployment model". */
    static Optional<String> kindListed(String lead) {
        Matcher m = EXISTENTIAL.matcher(Regex.replaceAll(lead.strip(), "\\s*:$", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        Tagged t = NoteWords.tag(QUALIFIED.matcher(m.group(1)).replaceFirst(""));
        return pluralHead(t, 0)
                .map(head -> Names.clean(
                        (head > 0 ? t.span(0, head) + " " : "") + t.lemmas().get(head)));
    }

    /** "The journey has three stages": parts of the subject, after its verb a counted plural. */
    private static Optional<NoteHeadings.ListName> parts(String lead) {
        Tagged t = NoteWords.tag(lead);
        Optional<Phrases.Subject> subject = Phrases.subject(t);
        if (subject.isEmpty()
                || !Phrases.nameable(t, subject.get(), false)
                || subject.get().verb() + 2 >= t.size()
                || !QUALIFIED.matcher(t.token(subject.get().verb() + 1) + " ").find()) {
            return Optional.empty();
        }
        int from = subject.get().verb() + 1;
        while (from < t.size() && QUALIFIED.matcher(t.token(from) + " ").matches()) {
            from++;
        }
        return pluralHead(t, from)
                .map(head -> new NoteHeadings.ListName(
                        Statements.subjectName(t, subject.get()),
                        null,
                        null,
                        ORDERING.matcher(t.token(head)).matches()));
    }

    /** The index of the plural noun that ends a noun phrase running from {@code from} to the end, if it does. */
    private static Optional<Integer> pluralHead(Tagged t, int from) {
        int end = Phrases.nounPhraseEnd(t, from);
        return end == t.size() && end > from && t.plural(end - 1) ? Optional.of(end - 1) : Optional.empty();
    }
}
