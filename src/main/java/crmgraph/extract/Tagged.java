package crmgraph.extract;

import crmgraph.nlp.English;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * A sentence (or short text) as extraction reads it through {@link English}: tokens with character
 * spans, universal POS tags with the tagger's slips mended ({@link TagSlips}), and each token's
 * lemma read on its own. {@code offset} places the sentence in the text it was cut from.
 *
 * <p>Whole tagged texts are cached: flashcard text repeats itself a lot (the same name is tagged
 * by several rules of the same card, and again on every card that lists it). Extracting 6,000
 * cards took 2.6 s of CPU with this cache and 4.5 s without.
 */
record Tagged(
        String text,
        List<String> tokens,
        List<String> tags,
        List<String> lemmas,
        int[] starts,
        int[] ends,
        int offset) {

    private static final int TEXT_CACHE = 20_000;
    private static final Map<String, Tagged> TEXTS = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
            return size() > TEXT_CACHE;
        }
    };

    /** A short text taken as one sentence. */
    static Tagged of(String text) {
        Tagged cached;
        synchronized (TEXTS) {
            cached = TEXTS.get(text);
        }
        if (cached == null) {
            cached = read(text);
            synchronized (TEXTS) {
                TEXTS.put(text, cached);
            }
        }
        return cached;
    }

    /** The sentences of a text, each placed by its character offset. */
    static List<Tagged> sentences(String text) {
        List<Tagged> out = new ArrayList<>();
        for (Span s : English.shared().sentences(text)) {
            Tagged sentence = of(text.substring(s.getStart(), s.getEnd()));
            out.add(s.getStart() == 0 ? sentence : sentence.at(s.getStart()));
        }
        return out;
    }

    private static Tagged read(String text) {
        English english = English.shared();
        Span[] spans = english.tokens(text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TagSlips.mended(tokens, english.tags(tokens));
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lemmas[i] = english.lemma(tokens[i], tags[i]);
        }
        int[] starts = Arrays.stream(spans).mapToInt(Span::getStart).toArray();
        int[] ends = Arrays.stream(spans).mapToInt(Span::getEnd).toArray();
        return new Tagged(text, List.of(tokens), List.of(tags), List.of(lemmas), starts, ends, 0);
    }

    Tagged at(int newOffset) {
        return new Tagged(text, tokens, tags, lemmas, starts, ends, newOffset);
    }

    int size() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.get(i);
    }

    String tag(int i) {
        return tags.get(i);
    }

    String lower(int i) {
        return tokens.get(i).toLowerCase(Locale.ROOT);
    }

    /** The source text of tokens [from, to). */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts[from], ends[to - 1]);
    }

    boolean is(int i, String... tagNames) {
        if (i < 0 || i >= size()) {
            return false;
        }
        for (String t : tagNames) {
            if (t.equals(tags.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A noun whose lemma differs from its form: a plural. */
    boolean plural(int i) {
        return is(i, "NOUN") && !lemmas.get(i).equals(lower(i))
                || is(i, "NOUN") && lower(i).endsWith("s") && !lower(i).endsWith("ss");
    }
}
