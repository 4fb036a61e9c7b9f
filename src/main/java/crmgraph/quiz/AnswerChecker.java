package crmgraph.quiz;

import crmgraph.nlp.English;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Judges answers fairly. Right: the answer or an alias/acronym, ignoring case, spacing,
 * punctuation and hyphens; another inflection (plural, verb form) by lemma; a small typo, allowed
 * by length (Damerau–Levenshtein). Wrong, even when close: a sibling or other known wrong answer,
 * a word with a negating prefix ("unavailable" for "available"), different numbers ("stage 2"
 * for "stage 1").
 */
public final class AnswerChecker {

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();
    /** Distances taken only up to a bound (-1 beyond it), by bound. */
    private static final java.util.Map<Integer, DamerauLevenshteinDistance> WITHIN =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final List<String> NEGATIONS = List.of("un", "non", "in", "im", "il", "ir", "dis", "anti", "a");

    private final English language;

    public AnswerChecker(English language) {
        this.language = language;
    }

    public Verdict check(QuizItem item, String given) {
        if (item instanceof OrderItem order) {
            return OrderAnswers.check(order, given, this);
        }
        if (item instanceof ChoiceItem choice) {
            Optional<String> picked = Letters.choice(choice.choices(), given);
            if (picked.isPresent()) {
                Verdict v = check(item.key(), picked.get());
                return v.correct() ? new Verdict(true, v.expected(), "Correct.", Verdict.Match.CHOICE) : v;
            }
        }
        return check(item.key(), given);
    }

    /** Checks a typed answer against a key. */
    public Verdict check(AnswerKey key, String given) {
        String expected = key.answer();
        String g = Words.normal(given);
        if (g.isEmpty()) {
            return wrong(expected, "No answer given. Expected \u201c" + expected + "\u201d.", Verdict.Match.EMPTY);
        }
        Optional<Verdict> same = sameAs(key, given);
        if (same.isPresent()) {
            return same.get();
        }
        for (String w : key.wrong()) {
            if (equivalent(given, w)) {
                return wrong(
                        expected,
                        "\u201c" + w + "\u201d is a different concept. Expected \u201c" + expected + "\u201d.",
                        Verdict.Match.SIBLING);
            }
        }
        Optional<String> opposite = key.all().stream()
                .map(a -> opposite(g, Words.normal(a)))
                .flatMap(Optional::stream)
                .findFirst();
        if (opposite.isPresent()) {
            return wrong(expected, opposite.get() + " Expected \u201c" + expected + "\u201d.", Verdict.Match.OPPOSITE);
        }
        Optional<Verdict> typo = typo(key, given);
        return typo.orElseGet(() -> wrong(
                expected,
                ("Expected \u201c" + expected + "\u201d. " + Differences.of(expected, given)).strip(),
                Verdict.Match.WRONG));
    }

    private Optional<Verdict> sameAs(AnswerKey key, String given) {
        String expected = key.answer();
        if (exact(given, expected)) {
            return Optional.of(new Verdict(true, expected, "Correct.", Verdict.Match.EXACT));
        }
        for (String alias : key.accepted()) {
            if (exact(given, alias)) {
                return Optional.of(new Verdict(
                        true,
                        expected,
                        "Correct: \u201c" + alias + "\u201d is another name for \u201c" + expected + "\u201d.",
                        Verdict.Match.ALIAS));
            }
        }
        if (initialsOf(key, given)) {
            return Optional.of(new Verdict(
                    true,
                    expected,
                    "Correct: \u201c" + given.strip() + "\u201d stands for \u201c" + expected + "\u201d.",
                    Verdict.Match.ALIAS));
        }
        for (String a : key.all()) {
            if (inflection(given, a)) {
                return Optional.of(new Verdict(
                        true,
                        expected,
                        "Correct (written \u201c" + a + "\u201d in the notes).",
                        Verdict.Match.INFLECTION));
            }
        }
        return Optional.empty();
    }

    /**
     * An acronym the notes did not give but the name spells ("CLV" for "customer lifetime value"):
     * three letters at least, and no known wrong answer with the same initials.
     */
    private static boolean initialsOf(AnswerKey key, String given) {
        String g = Words.compact(given);
        String initials = Words.initials(key.answer());
        return g.length() >= 3
                && g.equals(initials)
                && key.wrong().stream().noneMatch(w -> Words.initials(w).equals(g));
    }

    private static boolean exact(String given, String answer) {
        return Words.normal(given).equals(Words.normal(answer))
                || Words.compact(given).equals(Words.compact(answer));
    }

    /** Same words once plurals and inflections are folded: by simple plural rules, then by lemma. */
    private boolean inflection(String given, String answer) {
        if (Words.singular(given).replace(" ", "").equals(Words.singular(answer).replace(" ", ""))) {
            return true;
        }
        List<String> a = language.lemmas(Words.normal(given));
        List<String> b = language.lemmas(Words.normal(answer));
        return !a.isEmpty() && a.equals(b);
    }

    private boolean equivalent(String given, String other) {
        return exact(given, other) || inflection(given, other);
    }

    /** A word of the answer turned into its negation, or the other way round. */
    static Optional<String> opposite(String given, String answer) {
        String[] gw = given.split(" ");
        String[] aw = answer.split(" ");
        List<String> pairs = new ArrayList<>();
        if (gw.length == aw.length) {
            for (int i = 0; i < gw.length; i++) {
                pairs.add(gw[i] + " " + aw[i]);
            }
        }
        pairs.add(given.replace(" ", "") + " " + answer.replace(" ", ""));
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            if (negates(p[0], p[1]) || negates(p[1], p[0])) {
                return Optional.of("\u201c" + p[0] + "\u201d means the opposite of \u201c" + p[1] + "\u201d.");
            }
        }
        return Optional.empty();
    }

    private static boolean negates(String longer, String shorter) {
        return shorter.length() >= 3 && NEGATIONS.stream().anyMatch(n -> longer.equals(n + shorter));
    }

    private Optional<Verdict> typo(AnswerKey key, String given) {
        String g = Words.singular(given).replace(" ", "");
        for (String a : key.all()) {
            String target = Words.singular(a).replace(" ", "");
            int allowed = allowedTypos(target.length());
            if (allowed == 0 || !Words.digits(g).equals(Words.digits(target))) {
                continue;
            }
            int distance = DISTANCE.apply(g, target);
            if (distance <= allowed && !closerToWrong(key, g, distance)) {
                return Optional.of(new Verdict(
                        true,
                        key.answer(),
                        "Correct, with a small typo: it is spelt \u201c" + a + "\u201d.",
                        Verdict.Match.TYPO));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a known wrong answer can change a verdict on {@code answer}: only one the typo rule
     * could take for the answer (by the triangle inequality, within twice the typos allowed) or one
     * with the same initials can. Others need not be kept with an item.
     */
    static boolean confusable(String answer, String wrong) {
        return confusable(Spelling.of(answer), Spelling.of(wrong));
    }

    /**
     * {@link #confusable(String, String)} on names already spelt out. The edit distance is only
     * taken as far as the bound (names of very different lengths are not compared at all): a
     * generation compares every concept with up to 400 siblings, and the full distance was more
     * than a third of its time on a large graph.
     */
    static boolean confusable(Spelling answer, Spelling wrong) {
        int bound = 2 * allowedTypos(answer.letters().length());
        if (!answer.initials().isEmpty() && answer.initials().equals(wrong.initials())) {
            return true;
        }
        return Math.abs(answer.letters().length() - wrong.letters().length()) <= bound
                && WITHIN.computeIfAbsent(bound, DamerauLevenshteinDistance::new)
                                .apply(answer.letters(), wrong.letters())
                        >= 0;
    }

    /** A name as the typo rule compares it: singular letters without spaces, and its initials. */
    record Spelling(String letters, String initials) {

        static Spelling of(String name) {
            return new Spelling(Words.singular(name).replace(" ", ""), Words.initials(name));
        }
    }

    /** Typos allowed by length: none up to 4 letters, then one per ~6 letters, at most 3. */
    static int allowedTypos(int length) {
        if (length <= 4) {
            return 0;
        }
        if (length <= 8) {
            return 1;
        }
        return length <= 14 ? 2 : 3;
    }

    private static boolean closerToWrong(AnswerKey key, String given, int distance) {
        return key.wrong().stream()
                .map(w -> Words.singular(w).replace(" ", ""))
                .anyMatch(w -> DISTANCE.apply(given, w) <= distance);
    }

    private static Verdict wrong(String expected, String feedback, Verdict.Match match) {
        return new Verdict(false, expected, feedback, match);
    }

    /** Word-level differences between the expected and the given answer, for feedback. */
    static final class Differences {

        private Differences() {}

        static String of(String expected, String given) {
            Set<String> e = new LinkedHashSet<>(List.of(Words.singular(expected).split(" ")));
            Set<String> g = new LinkedHashSet<>(List.of(Words.singular(given).split(" ")));
            List<String> missing = e.stream().filter(w -> !g.contains(w)).toList();
            List<String> extra =
                    g.stream().filter(w -> !e.contains(w) && !w.isEmpty()).toList();
            if (missing.isEmpty() && extra.isEmpty()) {
                return "The words are right but not in this order.";
            }
            StringBuilder b = new StringBuilder();
            if (!missing.isEmpty() && missing.size() < e.size()) {
                b.append("Missing: ").append(String.join(", ", missing)).append(". ");
            }
            if (!extra.isEmpty() && extra.size() < g.size()) {
                b.append("Not in the answer: ").append(String.join(", ", extra)).append(". ");
            }
            return b.toString().strip();
        }
    }
}
