package crmgraph.extract;

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

    private NoteWords() {
    }

    /** A heading or label, tagged as if written in sentence case. */
    static Tagged heading(String text) {
        String folded = fold(text);
        Tagged t = Nlp.get().tag(folded);
        if (folded.length() != text.length()) {
            return wordsNotPunctuation(Nlp.get().tag(text));
        }
        return wordsNotPunctuation(new Tagged(text, spans(text, t), t.tags(), t.lemmas(), t.starts(), t.ends(), 0));
    }

    /** The sentences of a text, words the tagger took for punctuation tagged as names. */
    static List<Tagged> sentences(String text) {
        return Nlp.get().sentences(text).stream().map(NoteWords::wordsNotPunctuation).toList();
    }

    /** A short text tagged as one sentence, words the tagger took for punctuation tagged as names. */
    static Tagged tag(String text) {
        return wordsNotPunctuation(Nlp.get().tag(text));
    }

    /** "eCRM" tagged PUNCT is a name: a token with a letter in it is never punctuation. */
    static Tagged wordsNotPunctuation(Tagged t) {
        List<String> tags = new ArrayList<>(t.tags());
        boolean changed = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, "PUNCT", "SYM") && t.token(i).chars().anyMatch(Character::isLetter)) {
                tags.set(i, "PROPN");
                changed = true;
            }
        }
        return changed ? new Tagged(t.text(), t.tokens(), tags, t.lemmas(), t.starts(), t.ends(), t.offset()) : t;
    }

    /** Title-Case words lowered ("Key Terms" → "key terms"); acronyms and mixed-case names kept. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String w : text.split("(?<=\\s)|(?=\\s)")) {
            boolean title = w.length() > 1 && Character.isUpperCase(w.charAt(0))
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
