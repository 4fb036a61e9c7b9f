package crmgraph.extract;

import crmgraph.Regex;
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
    /** The number words from two, in order: their counts. */
    private static final List<String> NUMBER_WORDS =
            List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private LeadIn() {}

    /**
     * The name of the list the prompt leads into, or empty when the prompt does not announce it: a
     * sentence that counts its items ("the two types of …") where the list has another number of
     * them, or one with no count that neither ends in a colon nor speaks of "the following" (a
     * statement standing before a list, not its lead-in), or one that names no noun for the items.
     *
     * @param members  how many members the list has
     * @param inPrompt whether the members stand in the prompt itself (a run-on series it announces)
     */
    static Optional<String> listName(String front, int members, boolean inPrompt, int card, Facts facts) {
        List<Tagged> sentences = Tagged.sentences(Names.normalise(front));
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        Tagged s = pick(sentences);
        if (members > 0 && miscounted(s, members)) {
            // "4 recruitment markets: …" over another list: the counted phrase still names something
            countedList(s)
                    .filter(n -> s.text().contains(n + ":"))
                    .ifPresent(n -> facts.concept(Names.clean(n), null, card));
            return Optional.empty();
        }
        Optional<String> counted = countedList(s);
        boolean announced = counted.isPresent() || inPrompt || announces(s);
        String list = counted.orElseGet(() -> listNoun(s));
        String owner = properOwner(s);
        if (owner != null) {
            return announced && !list.isEmpty() ? Optional.of(Names.clean(owner + "'s " + list)) : Optional.empty();
        }
        Optional<String> subject = subjectOf(s).or(() -> subjectOf(sentences.get(0)));
        // the sentence's subject is a concept whether or not the sentence names a list
        subject.filter(x -> !x.equalsIgnoreCase(list)).ifPresent(x -> facts.concept(x, null, card));
        if (list.isEmpty() || !announced && members > 0) {
            return Optional.empty();
        }
        if (subject.isPresent() && !subject.get().equalsIgnoreCase(list)) {
            return Optional.of(Names.clean(list + " of " + subject.get()));
        }
        return Optional.of(Names.clean(list));
    }

    /**
     * The whole a notes lead-in names when it ends in a colon and counts exactly the items below it:
     * "Porter's framework says a firm can choose among three strategies:" → Porter's framework (a
     * possessive the tagger may not read as a name). Empty when the count is another
     * number, or when no named owner stands before the verb ("The bands are separated by three lines:").
     */
    static Optional<String> countingOwner(String leadIn, int members) {
        List<Tagged> sentences = Tagged.sentences(Names.normalise(leadIn.strip()));
        if (sentences.isEmpty() || !leadIn.strip().endsWith(":")) {
            return Optional.empty();
        }
        Tagged s = sentences.get(sentences.size() - 1);
        boolean countsMembers = false;
        for (int i = 0; i < s.size() - 1 && !countsMembers; i++) {
            countsMembers = counts(s, i) && count(s.lower(i)) == members;
        }
        if (!countsMembers) {
            return Optional.empty();
        }
        // a named owner only: a common noun before the verb ("The bands are separated by three lines:") is no whole
        return Optional.ofNullable(possessiveSubject(s))
                .or(() -> Optional.ofNullable(properOwner(s)))
                .map(Names::clean);
    }

    /** Whether a notes lead-in counts another number of items than the list below it has. */
    static boolean countsOtherThan(String leadIn, int members) {
        List<Tagged> sentences = Tagged.sentences(Names.normalise(leadIn.strip()));
        return !sentences.isEmpty() && miscounted(sentences.get(sentences.size() - 1), members);
    }

    /** "Porter's framework says …": a capitalised possessive and its nouns, right before the verb. */
    private static String possessiveSubject(Tagged s) {
        String first = s.token(0);
        if (s.size() < 3 || !Character.isUpperCase(first.charAt(0)) || !Regex.matches(first, ".+['\u2019]s")) {
            return null;
        }
        int end = 1;
        while (end < s.size() && s.is(end, "NOUN", "PROPN") && end < 4) {
            end++;
        }
        return end > 1 && end < s.size() && s.is(end, "VERB", "AUX") ? s.span(0, end) : null;
    }

    /** "… identified five general phases …": the counted noun phrase. */
    private static Optional<String> countedList(Tagged s) {
        for (int i = 0; i < s.size() - 1; i++) {
            if (counts(s, i)) {
                String list = countedNoun(s, i);
                if (!list.isEmpty()) {
                    return Optional.of(list);
                }
            }
        }
        return Optional.empty();
    }

    /** "… are the two types of …" over a list of five: the sentence counts something else. */
    private static boolean miscounted(Tagged s, int members) {
        for (int i = 0; i < s.size() - 1; i++) {
            if (counts(s, i)) {
                int count = count(s.lower(i));
                return count > 0 && members > 0 && count != members;
            }
        }
        return false;
    }

    /** A lead-in without a count announces what follows by a closing colon or "the following". */
    private static boolean announces(Tagged s) {
        String text = s.text().strip();
        return text.endsWith(":") || s.lemmas().contains("following");
    }

    /** A number word before a noun phrase ("five general phases", "three buy classes" with "buy" taken for a verb). */
    private static boolean counts(Tagged s, int i) {
        return NUMBER_WORD.matcher(s.token(i)).matches()
                && (s.is(i + 1, "NOUN", "ADJ") || s.is(i + 1, "VERB") && s.plural(i + 2));
    }

    private static int count(String word) {
        int n = NUMBER_WORDS.indexOf(word);
        if (n >= 0) {
            return n + 2;
        }
        return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : 0;
    }

    /** The sentence that announces the list: a number before a noun, a colon, "the following". */
    private static Tagged pick(List<Tagged> sentences) {
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Tagged s = sentences.get(k);
            for (int i = 0; i < s.size() - 1; i++) {
                if (counts(s, i)) {
                    return s;
                }
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    /** The noun phrase after the count at {@code i}, with its "of" complements and a possessive before the count. */
    private static String countedNoun(Tagged s, int i) {
        int end = Phrases.nounPhraseEnd(s, s.is(i + 1, "VERB") ? i + 2 : i + 1);
        while (end < s.size() - 1 && s.lower(end).equals("of") && Phrases.nounPhraseEnd(s, end + 1) > end + 1) {
            end = Phrases.nounPhraseEnd(s, end + 1);
        }
        if (end <= i + 1) {
            return "";
        }
        if (i >= 2 && s.lower(i - 1).equals("'s")) {
            return s.span(i - 2, i) + " " + s.span(i + 1, end);
        }
        if (i >= 1 && s.lower(i - 1).endsWith("'s")) {
            return s.span(i - 1, i) + " " + s.span(i + 1, end);
        }
        return s.span(i + 1, end);
    }

    /** Without a count: the first plural noun with its modifiers, or empty when there is none. */
    private static String listNoun(Tagged s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.plural(i) && i > 0) {
                int start = i;
                while (start > 0 && s.is(start - 1, "ADJ", "NOUN")) {
                    start--;
                }
                return s.span(start, i + 1);
            }
        }
        return "";
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
