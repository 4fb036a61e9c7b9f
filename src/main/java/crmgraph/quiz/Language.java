package crmgraph.quiz;

import crmgraph.CrmgraphException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * English tokens, universal POS tags and lemmas from the OpenNLP UD models on the classpath. The
 * {@code *ME} classes are not thread-safe, so every use goes through one lock; results are cached
 * because the checker lemmatises the same short answers again and again.
 */
public final class Language {

    private static final int CACHE_SIZE = 20_000;

    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Map<String, List<Token>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** One analysed token: its text, where it sits in the input, its UD tag and its lemma. */
    public record Token(String text, int start, int end, String tag, String lemma) {

        public boolean isNoun() {
            return tag.equals("NOUN") || tag.equals("PROPN");
        }
    }

    private static Language shared;

    /** The process-wide instance, loaded on first use (loading the models takes a second or two). */
    public static synchronized Language shared() {
        if (shared == null) {
            shared = new Language();
        }
        return shared;
    }

    public Language() {
        tokenizer = new TokenizerME(Language.<TokenizerModel>load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
        tagger = new POSTaggerME(Language.<POSModel>load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new));
        lemmatizer = new LemmatizerME(Language.<LemmatizerModel>load("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new));
    }

    /** Tokens of {@code text} with tags and lower-case lemmas. */
    public synchronized List<Token> analyse(String text) {
        return cached("L" + text, () -> run(text, true));
    }

    /**
     * Tokens of {@code text} with tags only; each lemma is the lower-cased token. Generation only
     * needs tags, and the lemmatizer is the slowest model by far.
     */
    public synchronized List<Token> tag(String text) {
        return cached("T" + text, () -> run(text, false));
    }

    private List<Token> cached(String key, java.util.function.Supplier<List<Token>> compute) {
        List<Token> hit = cache.get(key);
        if (hit == null) {
            hit = compute.get();
            cache.put(key, hit);
        }
        return hit;
    }

    private List<Token> run(String text, boolean withLemmas) {
        Span[] spans = tokenizer.tokenizePos(text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(tokens);
        String[] lemmas = withLemmas ? lemmatizer.lemmatize(tokens, tags) : tokens;
        List<Token> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? tokens[i] : lemmas[i];
            out.add(new Token(tokens[i], spans[i].getStart(), spans[i].getEnd(), tags[i], lemma.toLowerCase(java.util.Locale.ROOT)));
        }
        return List.copyOf(out);
    }

    /** The lemmas of the words of {@code text}, punctuation left out. */
    public List<String> lemmas(String text) {
        return analyse(text).stream().filter(t -> !t.tag().equals("PUNCT")).map(Token::lemma).toList();
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CrmgraphException("OpenNLP model " + resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new CrmgraphException("cannot load OpenNLP model " + resource, e);
        }
    }
}
