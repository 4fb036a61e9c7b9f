package crmgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * field), so a caller that can look into the index passes its {@link Vocabulary}: words some name
 * or alias already has, as typed or as a prefix, are not matched fuzzily, and neither are words cut
 * short while typing past the index's stem ("manageme" is no prefix of "manag", the stem indexed for
 * "management"), which match that stem instead. Only the other words, the likely typos, are fuzzy.
 */
public final class FullTextQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words the english analyzer drops; as prefixes they would match almost everything. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
            "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "will", "with", "what", "which", "who", "how");

    /** Longer "words" are no name anyone types (a pasted blob); as fuzzy terms they would only load Lucene. */
    static final int MAX_WORD = 64;
    /** The index fields of names and aliases; definitions are the third. */
    static final List<String> NAME_FIELDS = List.of("name", "aliasText");

    static final String DEFINITION_FIELD = "definitionText";
    /** Every field of the index, named as the properties (and search-documents columns) they hold. */
    static final List<String> FIELDS = List.of(NAME_FIELDS.get(0), NAME_FIELDS.get(1), DEFINITION_FIELD);

    private final List<String> words;

    /** What the names and aliases of the searched graph hold, as far as building a query can use it. */
    public interface Vocabulary {

        /** Knows nothing: every word is also matched with a typo. */
        Vocabulary NONE = new Vocabulary() {
            @Override
            public boolean knows(String word) {
                return false;
            }

            @Override
            public Optional<String> termBegun(String word) {
                return Optional.empty();
            }
        };

        /** Whether some name or alias has the word: as typed, as a prefix, or as the analyzer would index it. */
        boolean knows(String word);

        /**
         * The longest indexed name term that the word begins with and that covers most of it: the
         * stem of the word the student was typing when the word is cut short.
         */
        Optional<String> termBegun(String word);
    }

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
        return strict(Vocabulary.NONE);
    }

    /** Every word; only words the vocabulary cannot place are matched fuzzily. */
    public String strict(Vocabulary vocabulary) {
        return String.join(
                " AND ", words.stream().map(w -> clause(w, vocabulary)).toList());
    }

    /** Any word, typo-tolerant. */
    public String loose() {
        return loose(Vocabulary.NONE);
    }

    /** Any word; only words the vocabulary cannot place are matched fuzzily. */
    public String loose(Vocabulary vocabulary) {
        return String.join(
                " OR ", words.stream().map(w -> clause(w, vocabulary)).toList());
    }

    /** Runs the strict query, and the loose one when nothing has every word. */
    public <T> List<T> run(Vocabulary vocabulary, Function<String, List<T>> search) {
        List<T> all = search.apply(strict(vocabulary));
        return !all.isEmpty() || words.size() == 1 ? all : search.apply(loose(vocabulary));
    }

    private static String clause(String w, Vocabulary vocabulary) {
        List<String> terms = new ArrayList<>();
        boolean known = vocabulary.knows(w);
        Optional<String> begun = known ? Optional.empty() : vocabulary.termBegun(w);
        boolean fuzzy = !known && begun.isEmpty() && w.length() >= 4;
        for (String field : NAME_FIELDS) {
            terms.add(field + ":" + w + "^4");
            terms.add(field + ":" + w + "*^2");
            begun.ifPresent(stem -> terms.add(field + ":" + stem + "^2"));
            if (fuzzy) {
                terms.add(field + ":" + w + "~" + (w.length() >= 8 ? 2 : 1));
            }
        }
        terms.add(DEFINITION_FIELD + ":" + w + "^0.5");
        begun.ifPresent(stem -> terms.add(DEFINITION_FIELD + ":" + stem + "^0.3"));
        if (w.length() >= 4) {
            terms.add(DEFINITION_FIELD + ":" + w + "*^0.3");
        }
        return "(" + String.join(" OR ", terms) + ")";
    }
}
