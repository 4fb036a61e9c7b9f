package crmgraph.score;

import java.util.List;

/**
 * How one file of the corpus was read against its gold.
 *
 * @param cards         gold flashcards
 * @param read          of those, cut with the right front and back
 * @param right         of those, read and filed under the right concept with the right definition
 * @param flaggedWrong  cards not read right that the reader flagged as uncertain (it said so)
 * @param flaggedRight  cards read right that the reader flagged anyway (the cost of caution)
 * @param definitions   gold definitions
 * @param misfiled      gold definitions that open a definition of another concept: wrong facts
 * @param junk          concepts no student would want (notConcepts found, markup, questions)
 * @param expected      concepts a student expects from the file
 * @param found         of those, found by name or alias
 * @param listRecall    for each gold list, the share of its members found as parts of one concept
 * @param kinds         gold subtype links
 * @param kindsFound    of those, found
 * @param misses        one line per miss, for {@code --verbose}
 */
public record FileScore(
        String file,
        boolean notes,
        int cards,
        int read,
        int right,
        int flaggedWrong,
        int flaggedRight,
        int definitions,
        int misfiled,
        int junk,
        int expected,
        int found,
        List<Double> listRecall,
        int kinds,
        int kindsFound,
        List<String> misses) {

    public FileScore {
        listRecall = List.copyOf(listRecall);
        misses = List.copyOf(misses);
    }
}
