package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.nlp.English;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An item keeps only the known wrong answers the checker could confuse with its answer: dropping
 * the others never changes whether a typed answer is right.
 */
class ConfusablePropertyTest {

    private static final String ANSWER = "demographic segmentation";
    private static final List<String> KINDS = List.of(
            "geographic segmentation",
            "psychographic segmentation",
            "behavioural segmentation",
            "firmographic segmentation",
            "dental segmentation",
            "market segmentation",
            "benefit segmentation",
            "occasion segmentation",
            "usage segmentation");

    private static final AnswerChecker CHECKER = new AnswerChecker(English.shared());

    @Property(tries = 300)
    void dropping_wrong_answers_the_checker_cannot_confuse_changes_no_verdict(@ForAll("typed") String typed) {
        AnswerKey all = new AnswerKey(ANSWER, List.of(), KINDS);
        AnswerKey kept = new AnswerKey(
                ANSWER,
                List.of(),
                KINDS.stream().filter(k -> AnswerChecker.confusable(ANSWER, k)).toList());
        assertThat(kept.wrong()).hasSizeLessThan(KINDS.size());
        assertThat(CHECKER.check(kept, typed).correct())
                .as(typed)
                .isEqualTo(CHECKER.check(all, typed).correct());
    }

    @Property(tries = 1000)
    void names_are_confusable_exactly_when_their_full_edit_distance_is_within_twice_the_typos_allowed(
            @ForAll("typed") String answer, @ForAll("typed") String wrong) {
        AnswerChecker.Spelling a = AnswerChecker.Spelling.of(answer);
        AnswerChecker.Spelling w = AnswerChecker.Spelling.of(wrong);
        boolean byDistance =
                new org.apache.commons.text.similarity.DamerauLevenshteinDistance().apply(a.letters(), w.letters())
                        <= 2 * AnswerChecker.allowedTypos(a.letters().length());
        boolean byInitials = !a.initials().isEmpty() && a.initials().equals(w.initials());
        assertThat(AnswerChecker.confusable(answer, wrong))
                .as(answer + " / " + wrong)
                .isEqualTo(byDistance || byInitials);
    }

    /** The answer or a kind, with up to three letters changed, dropped or doubled. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> name =
                Arbitraries.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(ANSWER, "DS"), KINDS.stream())
                        .toList());
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 40))
                .as((kind, at) -> new int[] {kind, at})
                .list()
                .ofMaxSize(3);
        return Combinators.combine(name, edits).as(ConfusablePropertyTest::edited);
    }

    private static String edited(String name, List<int[]> edits) {
        StringBuilder s = new StringBuilder(name);
        for (int[] e : edits) {
            int at = e[1] % s.length();
            switch (e[0]) {
                case 0 -> s.setCharAt(at, (char) ('a' + (at * 7) % 26));
                case 1 -> {
                    if (s.length() > 2) {
                        s.deleteCharAt(at);
                    }
                }
                default -> s.insert(at, s.charAt(at));
            }
        }
        return s.toString();
    }
}
