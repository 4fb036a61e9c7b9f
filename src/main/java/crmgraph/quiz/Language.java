package crmgraph.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import crmgraph.nlp.PlainWords;
import crmgraph.nlp.UdModels;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * English tokens, universal POS tags and lemmas from the OpenNLP UD models on the classpath. The
 * models are shared; the {@code *ME} classes are not thread-safe, so each thread gets its own.
 * Results are cached because the checker lemmatises the same short answers again and again.
 */
public final class Language {

    private static final int CACHE_SIZE = 50_000;

    private final ThreadLocal<Taggers> taggers;
    private final Cache<String, List<Token>> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    /** One thread's tokenizer, tagger and lemmatizer over the shared models. */
    private record Taggers(TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

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
        UdModels models = UdModels.shared();
        taggers = ThreadLocal.withInitial(() -> new Taggers(new TokenizerME(models.tokens()), new POSTaggerME(models.pos()),
                new LemmatizerME(models.lemmas())));
    }

    /** Tokens of {@code text} with tags and lower-case lemmas. */
    public List<Token> analyse(String text) {
        return cache.get("L" + text, k -> run(text, true));
    }

    /**
     * Tokens of {@code text} with tags only; each lemma is the lower-cased token. Generation only
     * needs tags, and the lemmatizer is the slowest model by far.
     */
    public List<Token> tag(String text) {
        return cache.get("T" + text, k -> run(text, false));
    }

    private List<Token> run(String text, boolean withLemmas) {
        Taggers t = taggers.get();
        Span[] spans = PlainWords.tokenize(t.tokenizer(), text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = t.tagger().tag(tokens);
        String[] lemmas = withLemmas ? t.lemmatizer().lemmatize(tokens, tags) : tokens;
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
}
