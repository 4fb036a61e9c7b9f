package crmgraph.extract;

import java.util.Optional;

/**
 * A prompt's framing phrase: a prepositional phrase ahead of a comma that says in whose terms or
 * where the rest holds ("According to service-dominant logic, value is:", "In the gaps model, the
 * listening gap is:", "Under GDPR, consent means:"). The frame is no part of the concept's name:
 * the concept is what follows the comma, the frame's noun phrase is its context. Read by grammar:
 * a preposition, or a participle with its preposition ("according to", "based on"), then nothing
 * but a noun phrase up to the comma.
 *
 * @param context the frame's noun phrase, articles dropped ("service-dominant logic")
 * @param rest    the text after the comma
 */
record Framing(String context, String rest) {

    /** The framing phrase at the start of {@code text}, if it has one. */
    static Optional<Framing> of(String text) {
        Tagged t = Tagged.of(text.strip());
        int comma = firstComma(t);
        if (comma < 2 || comma + 1 >= t.size()) {
            return Optional.empty();
        }
        int start = t.is(0, "ADP") ? 1 : t.is(0, "VERB") && t.is(1, "ADP") ? 2 : -1;
        if (start < 0 || !Phrases.nounPhraseOnly(t, start, comma)) {
            return Optional.empty();
        }
        int from = Phrases.article(t, start) ? start + 1 : start;
        String rest = t.text().substring(t.starts()[comma + 1]).strip();
        return Optional.of(new Framing(Names.clean(t.span(from, comma)), rest));
    }

    /** The text without its framing phrase, or the text as it was. */
    static String unframed(String text) {
        return of(text).map(Framing::rest).orElse(text);
    }

    /** A context worth naming as a concept: several words, or a name or acronym written with a capital. */
    boolean nameable() {
        return Names.words(context) >= 2 || !context.isEmpty() && Character.isUpperCase(context.charAt(0));
    }

    private static int firstComma(Tagged t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.token(i).equals(",")) {
                return i;
            }
        }
        return -1;
    }
}
