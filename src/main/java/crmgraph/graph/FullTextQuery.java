package crmgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a student types into a query for the {@code concept_text} full-text index. Only
 * letters and digits survive, so nothing typed can change the query's structure. Each word
 * matches as itself, as a prefix ("servq" finds SERVQUAL) and, when long enough, with a typo
 * ("servqal" finds it too); names and aliases weigh more than definitions. Words are combined
 * with AND ({@link #strict}) or OR ({@link #loose}, the fallback when nothing has every word).
 *
 * <p>Typo tolerance is the expensive part of a search (Lucene builds an automaton per word and
 * field), so a caller that can tell which words some name or alias already has, as typed or as a
 * prefix, passes that test, and only the other words, the likely typos, are matched fuzzily.
 */
public final class FullTextQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words the english analyzer drops; as prefixes they would match almost everything. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with", "what", "which", "who", "how");

    /** Longer "words" are no name anyone types (a pasted blob); as fuzzy terms they would only load Lucene. */
    static final int MAX_WORD = 64;
    /** The index fields of names and aliases; definitions are the third. */
    static final List<String> NAME_FIELDS = List.of("name", "aliasText");
    static final String DEFINITION_FIELD = "definitionText";
    /** Every field of the index, named as the properties (and search-documents columns) they hold. */
    static final List<String> FIELDS = List.of(NAME_FIELDS.get(0), NAME_FIELDS.get(1), DEFINITION_FIELD);

    private final List<String> words;

    private FullTextQuery(List<String> words) {
        this.words = words;
    }

    /** The query for a search text, or empty when it holds no searchable word. */
    public static Optional<FullTextQuery> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 12) {
            String w = m.group();
            if (!STOP_WORDS.contains(w) && !words.contains(w) && w.length() <= MAX_WORD) {
                words.add(w);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new FullTextQuery(List.copyOf(words)));
    }

    public List<String> words() {
        return words;
    }

    /** Every word, typo-tolerant. */
    public String strict() {
        return strict(w -> false);
    }

    /** Every word; those {@code known} to names and aliases are not matched fuzzily. */
    public String strict(Predicate<String> known) {
        return String.join(" AND ", words.stream().map(w -> clause(w, !known.test(w))).toList());
    }

    /** Any word, typo-tolerant. */
    public String loose() {
        return loose(w -> false);
    }

    /** Any word; those {@code known} to names and aliases are not matched fuzzily. */
    public String loose(Predicate<String> known) {
        return String.join(" OR ", words.stream().map(w -> clause(w, !known.test(w))).toList());
    }

    /** Runs the strict query, and the loose one when nothing has every word. */
    public <T> List<T> run(Predicate<String> known, Function<String, List<T>> search) {
        List<T> all = search.apply(strict(known));
        return !all.isEmpty() || words.size() == 1 ? all : search.apply(loose(known));
    }

    private static String clause(String w, boolean fuzzy) {
        List<String> terms = new ArrayList<>();
        for (String field : NAME_FIELDS) {
            terms.add(field + ":" + w + "^4");
            terms.add(field + ":" + w + "*^2");
            if (fuzzy && w.length() >= 4) {
                terms.add(field + ":" + w + "~" + (w.length() >= 8 ? 2 : 1));
            }
        }
        terms.add(DEFINITION_FIELD + ":" + w + "^0.5");
        if (w.length() >= 4) {
            terms.add(DEFINITION_FIELD + ":" + w + "*^0.3");
        }
        return "(" + String.join(" OR ", terms) + ")";
    }
}
