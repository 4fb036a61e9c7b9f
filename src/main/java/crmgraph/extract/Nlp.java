package crmgraph.extract;

import crmgraph.CrmgraphException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
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

    private final Models models;
    private final ThreadLocal<Engines> engines;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<String, Tagged> tagged = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
            return size() > TEXT_CACHE;
        }
    };

    /** The immutable, thread-safe models. */
    private record Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    }

    /** One thread's taggers over the shared models. */
    private record Engines(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
        Engines(Models m) {
            this(new SentenceDetectorME(m.sentences()), new TokenizerME(m.tokens()), new POSTaggerME(m.pos()),
                    new LemmatizerME(m.lemmas()));
        }
    }

    private Nlp() {
        try {
            models = new Models(new SentenceModel(model("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    greedy(new POSModel(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"))),
                    new LemmatizerModel(model("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new CrmgraphException("the OpenNLP models cannot be loaded: " + e.getMessage());
        }
        engines = ThreadLocal.withInitial(() -> new Engines(models));
    }

    /**
     * The same tagging model decoded greedily: the model's beam of three scored every token three
     * times, a third of all NLP time, and changed no tag on the samples or a 10k-card corpus.
     */
    private static POSModel greedy(POSModel beam) {
        return new POSModel(beam.getLanguage(), beam.<MaxentModel>getArtifact("pos.model"), 1, Map.of(), beam.getFactory());
    }

    static synchronized Nlp get() {
        if (shared == null) {
            shared = new Nlp();
        }
        return shared;
    }

    private static InputStream model(String resource) {
        InputStream in = Nlp.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CrmgraphException("the OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
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
            Span[] spans = tokenize(e.tokenizer(), text);
            String[] tokens = Span.spansToStrings(spans, text);
            String[] tags = e.tagger().tag(tokens);
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
     * Tokens: the model decides only inside whitespace-separated chunks that hold something besides
     * ASCII letters and digits ("CRM's", "e.g.", "(IDIC)"); a plain word is one token as it stands,
     * which is what the model says for it anyway at a fraction of the cost (it scores every
     * character boundary). OpenNLP calls this the alphanumeric optimisation; these models were
     * trained without it switched on.
     */
    private static Span[] tokenize(TokenizerME tokenizer, String text) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            if (plainWord(text, chunk)) {
                out.add(chunk);
            } else {
                for (Span piece : tokenizer.tokenizePos(text.substring(chunk.getStart(), chunk.getEnd()))) {
                    out.add(new Span(piece.getStart() + chunk.getStart(), piece.getEnd() + chunk.getStart()));
                }
            }
        }
        return out.toArray(Span[]::new);
    }

    private static boolean plainWord(String text, Span chunk) {
        for (int i = chunk.getStart(); i < chunk.getEnd(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

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
