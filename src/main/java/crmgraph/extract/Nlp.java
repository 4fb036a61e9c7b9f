package crmgraph.extract;

import crmgraph.nlp.PlainWords;
import crmgraph.nlp.UdModels;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Apache OpenNLP: sentence splitting, tokens, universal POS tags and lemmas. The models are
 * immutable and loaded once from the classpath; the *ME classes are not thread-safe, so each
 * thread gets its own set over the shared models, and import threads tag in parallel.
 * Lemmas are cached per (token, tag) and whole tagged texts per string, shared by all threads,
 * because the lemmatizer is by far the slowest stage and flashcard text repeats itself a lot.
 */
final class Nlp {

    private static final int TEXT_CACHE = 20_000;
    private static Nlp shared;

    private final UdModels models;
    private final ThreadLocal<Engines> engines;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<String, Tagged> tagged = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
            return size() > TEXT_CACHE;
        }
    };

    /** One thread's taggers over the shared models. */
    private record Engines(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
        Engines(UdModels m) {
            this(new SentenceDetectorME(m.sentences()), new TokenizerME(m.tokens()), new POSTaggerME(m.pos()),
                    new LemmatizerME(m.lemmas()));
        }
    }

    private Nlp() {
        models = UdModels.shared();
        engines = ThreadLocal.withInitial(() -> new Engines(models));
    }

    static synchronized Nlp get() {
        if (shared == null) {
            shared = new Nlp();
        }
        return shared;
    }

    /** The sentences of a text, each with its character offset. */
    List<Tagged> sentences(String text) {
        Engines e = engines.get();
        List<Tagged> out = new ArrayList<>();
        for (Span s : e.sentences().sentPosDetect(text)) {
            out.add(tag(e, text.substring(s.getStart(), s.getEnd()), s.getStart()));
        }
        return out;
    }

    /** Tokens, tags and lemmas of a short text taken as one sentence. */
    Tagged tag(String text) {
        return tag(engines.get(), text, 0);
    }

    private Tagged tag(Engines e, String text, int offset) {
        Tagged cached;
        synchronized (tagged) {
            cached = tagged.get(text);
        }
        if (cached == null) {
            Span[] spans = PlainWords.tokenize(e.tokenizer(), text);
            String[] tokens = Span.spansToStrings(spans, text);
            String[] tags = corrected(tokens, e.tagger().tag(tokens));
            String[] lem = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                lem[i] = lemma(e, tokens[i], tags[i]);
            }
            int[] starts = Arrays.stream(spans).mapToInt(Span::getStart).toArray();
            int[] ends = Arrays.stream(spans).mapToInt(Span::getEnd).toArray();
            cached = new Tagged(text, List.of(tokens), List.of(tags), List.of(lem), starts, ends, 0);
            synchronized (tagged) {
                tagged.put(text, cached);
            }
        }
        return offset == 0 ? cached : cached.at(offset);
    }

    /**
     * Slips the greedy tagger makes on short, unusual text, mended for everyone who reads the
     * tags: a form of "be" tagged as a conjunction or preposition ("Personal data is/SCONJ …"; it
     * is always a verb), a token with a letter in it tagged as punctuation ("eCRM"; a name), and a
     * noun tagged as a conjunction or an adverb ("Brand ambassador/CCONJ", "Service recovery/ADV
     * refers to …": conjunctions are short words, and adverbs do not end like nouns).
     */
    private static String[] corrected(String[] tokens, String[] tags) {
        for (int i = 0; i < tokens.length; i++) {
            String w = tokens[i].toLowerCase(java.util.Locale.ROOT);
            if (BE.contains(w) && !tags[i].equals("AUX") && !tags[i].equals("VERB")) {
                tags[i] = "AUX";
            } else if ((tags[i].equals("PUNCT") || tags[i].equals("SYM")) && tokens[i].chars().anyMatch(Character::isLetter)) {
                tags[i] = "PROPN";
            } else if (tags[i].equals("CCONJ") && w.length() > 7 || tags[i].equals("ADV") && w.length() > 5 && NOUN_ENDING.matcher(w).find()) {
                tags[i] = "NOUN";
            }
        }
        return tags;
    }

    private static final java.util.regex.Pattern NOUN_ENDING = java.util.regex.Pattern.compile("(?:ery|ion|ment|ness|ity|ance|ence|ship)$");
    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "am", "been", "being");

    private String lemma(Engines e, String token, String tag) {
        String key = token + '\t' + tag;
        String known = lemmas.get(key);
        if (known != null) {
            return known;
        }
        String l = e.lemmatizer().lemmatize(new String[] {token}, new String[] {tag})[0];
        String lemma = l == null || l.isBlank() || "O".equals(l) ? token.toLowerCase() : l.toLowerCase();
        lemmas.putIfAbsent(key, lemma);
        return lemma;
    }
}
