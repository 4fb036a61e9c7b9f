package crmgraph.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * after "customer churn", which accepts it): the student would give the same answer twice; nor is
 * an answer an earlier prompt showed. A quiz on one concept still asks each of its definitions.
 */
final class AskedSoFar {

    /** Content words two definitions must share, and the share of all their words, to say one fact. */
    private static final int SHARED_WORDS = 3;

    private static final double SHARED_SHARE = 0.4;

    private final Set<String> lists = new HashSet<>();
    private final List<Set<String>> facts = new ArrayList<>();
    /** The prompts asked so far, their words spaced, so a later answer one of them showed is not asked. */
    private final List<String> shown = new ArrayList<>();

    /** Each name asked so far, with the concept it was asked for. */
    private final java.util.Map<String, String> namesAsked = new java.util.HashMap<>();

    /** Each activity asked so far, by its gerund or its noun, with the concept it was asked for. */
    private final java.util.Map<Activity, String> activitiesAsked = new java.util.HashMap<>();

    /**
     * What {@link #admit} needs of an item, read from its text once: a quiz on one concept passes
     * over hundreds of items whose definitions read alike, and reading their words again in every
     * quiz was most of a quiz's time.
     */
    private record Said(
            Set<String> words, List<String> names, List<Activity> activities, List<String> answersShown, String shown) {

        static Said of(QuizItem item) {
            // the concept names a term cloze or choice takes as its answer; a keyword is a word, not a concept
            List<String> answers = item instanceof TermCloze || item instanceof ChoiceItem
                    ? item.key().all()
                    : List.of();
            return new Said(
                    contentWords(item.prompt()),
                    answers.stream().map(Words::normal).toList(),
                    answers.stream().flatMap(n -> activity(n).stream()).toList(),
                    answers.stream()
                            .map(AskedSoFar::spaced)
                            .filter(n -> n.length() >= MIN_SHOWN)
                            .map(n -> " " + n + " ")
                            .toList(),
                    " " + spaced(said(item.prompt())) + " ");
        }
    }

    /** Items of the bank as they are read, by identity: an item left behind by a new bank leaves with it. */
    private static final Cache<QuizItem, Said> SAID =
            Caffeine.newBuilder().weakKeys().maximumSize(50_000).build();

    /** Whether the item may be asked; if so it is taken as asked. */
    boolean admit(QuizItem item) {
        if (item instanceof ListCloze || item instanceof OrderItem) {
            return lists.add(item.source().topic());
        }
        Said said = SAID.get(item, Said::of);
        String concept = item.source().concept();
        boolean askedUnderAnotherName = said.names().stream().anyMatch(n -> another(namesAsked.get(n), concept))
                || said.activities().stream().anyMatch(a -> another(activitiesAsked.get(a.otherForm()), concept));
        if (facts.stream().anyMatch(f -> sameFact(f, said.words())) || askedUnderAnotherName || shownBefore(said)) {
            return false;
        }
        facts.add(said.words());
        shown.add(said.shown());
        said.names().forEach(n -> namesAsked.putIfAbsent(n, concept));
        said.activities().forEach(a -> activitiesAsked.putIfAbsent(a, concept));
        return true;
    }

    private static boolean another(String askedFor, String concept) {
        return askedFor != null && !askedFor.equals(concept);
    }

    /**
     * Whether an earlier prompt showed one of these answers ("… also called market basket analysis"
     * before "____ finds products bought together"): the quiz answered it already.
     */
    private boolean shownBefore(Said item) {
        return item.answersShown().stream().anyMatch(n -> shown.stream().anyMatch(p -> p.contains(n)));
    }

    /** What a prompt says: a choice's quoted definition, a term cloze without the list it is asked in. */
    private static String said(String prompt) {
        int open = prompt.indexOf('\u201c');
        String said = open >= 0 ? prompt.substring(open) : prompt;
        return said.replaceFirst("^\\([^)]*\\)\\s*", "");
    }

    private static final int MIN_SHOWN = 5;

    private static String spaced(String text) {
        return String.join(" ", Words.spans(text).stream().map(Words.Span::key).toList());
    }

    /** An activity named by its gerund ("clustering") or by a noun ("cluster analysis"), by its stemmed words. */
    private record Activity(boolean gerund, String words) {

        /** The same activity named the other way, as an earlier item would have been asked. */
        Activity otherForm() {
            return new Activity(!gerund, words);
        }
    }

    /**
     * "Clustering" and "cluster analysis" name one activity, by its gerund and by its noun with a
     * head: both give the same mark, so after one the other is the same answer again.
     */
    private static List<Activity> activity(String name) {
        List<String> words = Words.spans(name).stream().map(Words.Span::key).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        String before = String.join(" ", words.subList(0, words.size() - 1));
        String stemmed = (before.isEmpty() ? "" : before + " ") + Forms.stem(last);
        if (last.length() >= MIN_GERUND && last.endsWith("ing")) {
            // "Clustering", "A/B testing": the activity by its gerund
            return List.of(new Activity(true, stemmed));
        }
        // "A/B test" by the same words; "cluster analysis" by its first word and a head
        List<Activity> out = new ArrayList<>(List.of(new Activity(false, stemmed)));
        if (words.size() == 2) {
            out.add(new Activity(false, Forms.stem(words.get(0))));
        }
        return out;
    }

    private static final int MIN_GERUND = 6;

    private static boolean sameFact(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        long all = a.size() + b.size() - shared;
        return shared >= SHARED_WORDS && shared >= SHARED_SHARE * all;
    }

    /**
     * The stems of the words of four letters or more of what a prompt says, small words aside: the
     * quoted definition of a choice ("Which concept is this?" is every choice's), without the list
     * a term cloze is asked in ("(IDIC model) ____ …" is every member's).
     */
    private static Set<String> contentWords(String prompt) {
        Set<String> out = new HashSet<>();
        for (Words.Span w : Words.spans(said(prompt))) {
            if (w.key().length() > 3 && !Words.STOP.contains(w.key())) {
                out.add(Forms.stem(w.key()));
            }
        }
        return Set.copyOf(out);
    }
}
