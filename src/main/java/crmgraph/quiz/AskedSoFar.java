package crmgraph.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one quiz has asked so far, so it does not ask it again in other words: a second item on a
 * list already asked (every list item shows the list's other members), or a definition that says
 * the same fact as one asked under another name ("keeping existing customers rather than
 * replacing them" for customer retention, then "keeping an existing customer is cheaper than
 * replacing them" for retention over acquisition): the first answers the second. A concept asked
 * under one name is not asked again as another concept the checker takes for it ("churn rate"
 * after "customer churn", which accepts it): the student would give the same answer twice. A quiz
 * on one concept still asks each of its definitions.
 */
final class AskedSoFar {

    /** Content words two definitions must share, and the share of all their words, to say one fact. */
    private static final int SHARED_WORDS = 3;

    private static final double SHARED_SHARE = 0.4;

    private final Set<String> lists = new HashSet<>();
    private final List<Set<String>> facts = new ArrayList<>();
    /** Each name asked so far, with the concept it was asked for. */
    private final java.util.Map<String, String> namesAsked = new java.util.HashMap<>();

    /** Whether the item may be asked; if so it is taken as asked. */
    boolean admit(QuizItem item) {
        if (item instanceof ListCloze || item instanceof OrderItem) {
            return lists.add(item.source().topic());
        }
        Set<String> words = contentWords(item.prompt());
        List<String> names = namesAnswered(item);
        String concept = item.source().concept();
        boolean askedUnderAnotherName = java.util.stream.Stream.concat(names.stream(), otherForms(item).stream())
                .anyMatch(n -> namesAsked.containsKey(n) && !namesAsked.get(n).equals(concept));
        if (facts.stream().anyMatch(f -> sameFact(f, words)) || askedUnderAnotherName) {
            return false;
        }
        facts.add(words);
        names.forEach(n -> namesAsked.putIfAbsent(n, concept));
        if (item instanceof TermCloze || item instanceof ChoiceItem) {
            item.key().all().forEach(n -> activity(n).ifPresent(a -> namesAsked.putIfAbsent(a, concept)));
        }
        return true;
    }

    /** The concept names a term cloze or choice takes as its answer; a keyword is a word, not a concept. */
    private static List<String> namesAnswered(QuizItem item) {
        if (!(item instanceof TermCloze || item instanceof ChoiceItem)) {
            return List.of();
        }
        return item.key().all().stream().map(Words::normal).toList();
    }

    /** What each name would be asked as in the other form of {@link #activity}, to look up. */
    private static List<String> otherForms(QuizItem item) {
        if (!(item instanceof TermCloze || item instanceof ChoiceItem)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        item.key()
                .all()
                .forEach(n -> activity(n)
                        .ifPresent(a -> out.add(
                                a.startsWith(GERUND)
                                        ? NOUN + a.substring(GERUND.length())
                                        : GERUND + a.substring(NOUN.length()))));
        return out;
    }

    private static final String GERUND = "gerund ";
    private static final String NOUN = "noun ";

    /**
     * "Clustering" and "cluster analysis" name one activity, by its gerund and by its noun with a
     * head: both give the same mark, so after one the other is the same answer again.
     */
    private static java.util.Optional<String> activity(String name) {
        List<Words.Span> words = Words.spans(name);
        String first = words.isEmpty() ? "" : words.get(0).key();
        boolean gerund = words.size() == 1 && first.length() >= MIN_GERUND && first.endsWith("ing");
        if (gerund) {
            return java.util.Optional.of(GERUND + Forms.stem(first));
        }
        return words.size() == 2 ? java.util.Optional.of(NOUN + Forms.stem(first)) : java.util.Optional.empty();
    }

    private static final int MIN_GERUND = 7;

    private static boolean sameFact(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return shared.size() >= SHARED_WORDS && shared.size() >= SHARED_SHARE * all.size();
    }

    /**
     * The stems of the words of four letters or more of what a prompt says, small words aside: the
     * quoted definition of a choice ("Which concept is this?" is every choice's), without the list
     * a term cloze is asked in ("(IDIC model) ____ …" is every member's).
     */
    private static Set<String> contentWords(String prompt) {
        int open = prompt.indexOf('\u201c');
        String said = open >= 0 ? prompt.substring(open) : prompt;
        said = said.replaceFirst("^\\([^)]*\\)\\s*", "");
        Set<String> out = new HashSet<>();
        for (Words.Span w : Words.spans(said)) {
            if (w.key().length() > 3 && !Words.STOP.contains(w.key())) {
                out.add(Forms.stem(w.key()));
            }
        }
        return out;
    }
}
