package crmgraph.read;

import crmgraph.Regex;
import java.util.List;
import java.util.Optional;

/**
 * Which way round a delimited file writes its cards, decided once for the whole file: by its column
 * names where they name both the term and the definition ("Definition, Term"), else by the majority
 * of its records. One record whose term happens to read like a sentence is not turned round on its
 * own: a file has one orientation.
 */
final class Orientation {

    /** Names of what a column holds; "Front" and "Back" name only where it stands, and say nothing of the order. */
    private static final String TERM_COLUMN = "(?i)terms?|questions?|words?|concepts?";

    private static final String DEFINITION_COLUMN = "(?i)definitions?|answers?|meanings?|descriptions?";

    private Orientation() {}

    /**
     * Whether the file's records give the definition first.
     *
     * @param columnNames the file's column names (a header row, or Anki's "#columns:"), empty if none
     * @param records     each record's fields that are card text
     */
    static boolean definitionFirst(List<String> columnNames, List<List<String>> records) {
        Optional<Boolean> named = namedOrder(columnNames);
        if (named.isPresent()) {
            return named.get();
        }
        List<List<String>> twoSided = records.stream()
                .filter(r -> r.size() >= 2 && !r.get(0).isBlank() && !r.get(1).isBlank())
                .toList();
        long reversed = twoSided.stream()
                .filter(r -> readsDefinitionFirst(r.get(0), r.get(1)))
                .count();
        return !twoSided.isEmpty() && reversed * 2 > twoSided.size();
    }

    /** The order the column names give, where they name both a term and a definition column. */
    private static Optional<Boolean> namedOrder(List<String> columnNames) {
        int term = indexOf(columnNames, TERM_COLUMN);
        int definition = indexOf(columnNames, DEFINITION_COLUMN);
        return term < 0 || definition < 0 ? Optional.empty() : Optional.of(definition < term);
    }

    private static int indexOf(List<String> names, String regex) {
        for (int i = 0; i < names.size(); i++) {
            if (Regex.matches(names.get(i).strip(), regex)) {
                return i;
            }
        }
        return -1;
    }

    /** A definition before its term: a sentence first, a short name (asides apart) second. */
    static boolean readsDefinitionFirst(String first, String second) {
        String name = Regex.replaceAll(second, "\\s*\\([^()]*\\)", "");
        return Shapes.words(first) > 6
                && Shapes.isAnswerLike(first)
                && Shapes.words(name) <= 4
                && Shapes.isTermLike(name)
                && !Shapes.isStrongPrompt(first);
    }
}
