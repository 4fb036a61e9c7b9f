package crmgraph.extract;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tagging for notes, where text is less kind to the tagger than flashcards: headings are written
 * in Title Case (the tagger then reads "Key Terms" or "Strategy Components" as proper names), and
 * a word like "eCRM" comes back tagged as punctuation. Tags are taken from the text with its
 * Title-Case words lowered; the tokens and spans stay those of the text as written.
 */
final class NoteWords {

    private NoteWords() {}

    /** A heading or label, tagged as if written in sentence case. */
    static Tagged heading(String text) {
        String folded = fold(text);
        Tagged t = Tagged.of(folded);
        if (folded.length() != text.length()) {
            return Tagged.of(text);
        }
        return new Tagged(text, spans(text, t), t.tags(), t.lemmas(), t.starts(), t.ends(), 0);
    }

    /**
     * The sentences of a text (see TagSlips for the slips of the tagger it mends), and each
     * sentence's first word tagged as if not capitalised ("Lead scoring means …" is not a verb first).
     */
    static List<Tagged> sentences(String text) {
        return Tagged.sentences(text).stream()
                .map(s -> firstWordFolded(s.text()))
                .toList();
    }

    private static Tagged firstWordFolded(String sentence) {
        int end = 0;
        while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            end++;
        }
        String folded = fold(sentence.substring(0, end)) + sentence.substring(end);
        Tagged t = Tagged.of(folded);
        return new Tagged(sentence, spans(sentence, t), t.tags(), t.lemmas(), t.starts(), t.ends(), 0);
    }

    /** A short text tagged as one sentence. */
    static Tagged tag(String text) {
        return Tagged.of(text);
    }

    /** The same tokens with the first one read as a noun: "Lead scoring means …" where the tagger saw an imperative. */
    static Tagged firstAsNoun(Tagged t) {
        List<String> tags = new ArrayList<>(t.tags());
        tags.set(0, "NOUN");
        return new Tagged(t.text(), t.tokens(), tags, t.lemmas(), t.starts(), t.ends(), t.offset());
    }

    /** Title-Case words lowered ("Key Terms" → "key terms"); acronyms and mixed-case names kept. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String w : Regex.split(text, "(?<=\\s)|(?=\\s)")) {
            boolean title = w.length() > 1
                    && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            b.append(title ? w.toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }

    private static List<String> spans(String text, Tagged t) {
        List<String> tokens = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            tokens.add(text.substring(t.starts()[i], t.ends()[i]));
        }
        return tokens;
    }
}
