package crmgraph.extract;

import crmgraph.nlp.Acronym;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the list a long prompt leads into: "Dwyer has identified five general phases …" →
 * "Dwyer's general phases"; "Non-customers are segmented … into four availability subsets:" →
 * "availability subsets of non-customers". The owner (a proper name, or the subject) is kept.
 */
final class LeadIn {

    private static final Pattern NUMBER_WORD =
            Pattern.compile("(?i)two|three|four|five|six|seven|eight|nine|ten|twelve|several|\\d{1,2}");

    private LeadIn() {}

    static String listName(String front, int card, Facts facts) {
        List<Tagged> sentences = Tagged.sentences(Names.normalise(front));
        if (sentences.isEmpty()) {
            return Names.clean(front);
        }
        Tagged s = pick(sentences);
        String list = listNoun(s);
        String owner = properOwner(s);
        if (owner != null) {
            return Names.clean(owner + "'s " + list);
        }
        Optional<String> subject = subjectOf(s).or(() -> subjectOf(sentences.get(0)));
        if (subject.isPresent() && !subject.get().equalsIgnoreCase(list)) {
            facts.concept(subject.get(), null, card);
            return Names.clean(list + " of " + subject.get());
        }
        return Names.clean(list);
    }

    /** The sentence that announces the list: a number before a noun, a colon, "the following". */
    private static Tagged pick(List<Tagged> sentences) {
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Tagged s = sentences.get(k);
            for (int i = 0; i < s.size() - 1; i++) {
                if (NUMBER_WORD.matcher(s.token(i)).matches() && s.is(i + 1, "NOUN", "ADJ")) {
                    return s;
                }
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    private static String listNoun(Tagged s) {
        for (int i = 0; i < s.size() - 1; i++) {
            if (NUMBER_WORD.matcher(s.token(i)).matches() && s.is(i + 1, "NOUN", "ADJ")) {
                int end = Phrases.nounPhraseEnd(s, i + 1);
                while (end < s.size() - 1 && s.lower(end).equals("of") && Phrases.nounPhraseEnd(s, end + 1) > end + 1) {
                    end = Phrases.nounPhraseEnd(s, end + 1);
                }
                if (end > i + 1) {
                    if (i >= 2 && s.lower(i - 1).equals("'s")) {
                        return s.span(i - 2, i) + " " + s.span(i + 1, end);
                    }
                    if (i >= 1 && s.lower(i - 1).endsWith("'s")) {
                        return s.span(i - 1, i) + " " + s.span(i + 1, end);
                    }
                    return s.span(i + 1, end);
                }
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.plural(i) && i > 0) {
                int start = i;
                while (start > 0 && s.is(start - 1, "ADJ", "NOUN")) {
                    start--;
                }
                return s.span(start, i + 1);
            }
        }
        return "items";
    }

    /** "Michael Treacey and Fred Wiersema have …" → "Treacey and Wiersema". */
    private static String properOwner(Tagged s) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < s.size() && proper(s, i)) {
            while (i + 1 < s.size() && proper(s, i + 1)) {
                i++;
            }
            names.add(s.token(i));
            i++;
            if (i < s.size() && s.lower(i).equals("and") && proper(s, i + 1)) {
                i++;
            } else {
                break;
            }
        }
        if (names.isEmpty()
                || i >= s.size()
                || !s.is(i, "VERB", "AUX")
                || names.stream().anyMatch(Acronym::isAcronym)) {
            return null;
        }
        return String.join(" and ", names);
    }

    /** A proper name: tagged so, or a capitalised singular noun that is not a plain word. */
    private static boolean proper(Tagged s, int i) {
        String w = s.token(i);
        return i < s.size()
                && Character.isUpperCase(w.charAt(0))
                && !w.contains("-")
                && !s.plural(i)
                && (s.is(i, "PROPN")
                        || s.is(i, "NOUN")
                                && s.lemmas().get(i).equals(w.toLowerCase())
                                && (i + 1 < s.size() && s.is(i + 1, "AUX", "VERB", "PROPN")
                                        || s.lower(i + 1).equals("and")));
    }

    private static Optional<String> subjectOf(Tagged s) {
        return Phrases.subject(s)
                .filter(x -> Phrases.nameable(s, x, false) && x.end() - x.start() <= 4)
                .map(x -> Statements.subjectName(s, x));
    }
}
