package crmgraph.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

/**
 * The one way into the English models ({@link UdModels}), for extraction and quizzes alike:
 * sentences, tokens ({@link PlainWords}), universal POS tags and lemmas. OpenNLP's thread-safe
 * wrappers keep one {@code *ME} per thread over the shared models, so one instance serves every
 * thread.
 *
 * <p>A lemma is read either on its own ({@link #lemma}: what extraction compares) or in its sentence
 * ({@link #lemmatised}: what the answer checker compares); the model takes the lemma before as
 * context, so the two can differ, and each user keeps the reading it was tuned with. Both fall back
 * to the token where the model has no lemma, lower-cased in {@link Locale#ROOT}.
 *
 * <p>Lemmas read on their own are cached per (token, tag): the lemmatizer is by far the slowest
 * model and flashcard text repeats its words a lot (extracting 6,000 cards took 2.6 s of CPU with
 * this cache, 8.3 s without). Analysed texts are cached too: quiz generation
 * tags the same names and frames ("we … it") again and again (over 6,000 cards it took 2.8 s with
 * the cache, 3.9 s without), and the checker lemmatises the same expected answers on every check
 * (ten times faster with it).
 */
public final class English {

    private static final int TEXT_CACHE = 50_000;
    private static English shared;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Cache<String, List<Token>> texts =
            Caffeine.newBuilder().maximumSize(TEXT_CACHE).build();

    private English(UdModels models) {
        sentences = new ThreadSafeSentenceDetectorME(models.sentences());
        tokenizer = new ThreadSafeTokenizerME(models.tokens());
        tagger = new ThreadSafePOSTaggerME(models.pos());
        lemmatizer = new ThreadSafeLemmatizerME(models.lemmas());
    }

    /** The process-wide instance, over models loaded on first use (a second or two). */
    public static synchronized English shared() {
        if (shared == null) {
            shared = new English(UdModels.shared());
        }
        return shared;
    }

    /** The sentences of {@code text}, as character spans of it. */
    public Span[] sentences(String text) {
        return sentences.sentPosDetect(text);
    }

    /** The tokens of {@code text}, as character spans of it. */
    public Span[] tokens(String text) {
        return PlainWords.tokenize(tokenizer, text);
    }

    /** The universal POS tags of a sentence's tokens, as the model gives them. */
    public String[] tags(String[] tokens) {
        return tagger.tag(tokens);
    }

    /** The lower-case lemma of a token with its tag, read on its own. */
    public String lemma(String token, String tag) {
        String key = token + '\t' + tag;
        String known = lemmas.get(key);
        if (known != null) {
            return known;
        }
        String lemma = lemmaOr(lemmatizer.lemmatize(new String[] {token}, new String[] {tag})[0], token);
        lemmas.putIfAbsent(key, lemma);
        return lemma;
    }

    /** The tokens of {@code text} taken as one sentence, with tags; each lemma is the lower-cased token (no lemmatizer run). */
    public List<Token> tagged(String text) {
        return texts.get("T" + text, k -> analyse(text, false));
    }

    /** The tokens of {@code text} taken as one sentence, with tags and lemmas read in the sentence. */
    public List<Token> lemmatised(String text) {
        return texts.get("L" + text, k -> analyse(text, true));
    }

    /** The lemmas of the words of {@code text} read in their sentence, punctuation left out. */
    public List<String> lemmas(String text) {
        return lemmatised(text).stream()
                .filter(t -> !t.tag().equals("PUNCT"))
                .map(Token::lemma)
                .toList();
    }

    private List<Token> analyse(String text, boolean withLemmas) {
        Span[] spans = tokens(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tags(words);
        String[] lemmasInSentence = withLemmas ? lemmatizer.lemmatize(words, tags) : new String[words.length];
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(
                    words[i], spans[i].getStart(), spans[i].getEnd(), tags[i], lemmaOr(lemmasInSentence[i], words[i])));
        }
        return List.copyOf(out);
    }

    /** The model's lemma, or the token itself where the model has none ("O" is its "no lemma"); lower case either way. */
    static String lemmaOr(String lemma, String token) {
        String l = lemma == null || lemma.isBlank() || lemma.equals("O") ? token : lemma;
        return l.toLowerCase(Locale.ROOT);
    }
}
