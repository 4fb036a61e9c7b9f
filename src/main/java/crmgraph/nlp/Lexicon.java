package crmgraph.nlp;

import crmgraph.InternalFaultException;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * English word forms as a dictionary knows them (LanguageTool's English part-of-speech
 * dictionary, read with Morfologik): what rules on endings cannot tell, such as "paid" being a form
 * of "pay" or "sold" of "sell". Loaded once from the classpath; lookups are cached, and each thread
 * has its own lookup, which keeps state.
 */
public final class Lexicon {

    private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";
    private static final Dictionary DICTIONARY = load();
    private static final ThreadLocal<DictionaryLookup> LOOKUP =
            ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
    private static final Map<String, String> VERBS = new ConcurrentHashMap<>();

    private Lexicon() {}

    /**
     * The base form of a lower-case word where the dictionary knows it as a past tense or past
     * participle of another verb ("paid" → "pay", "kept" → "keep"); otherwise the word itself.
     * Only verbs: a noun's or adjective's lemma may be another word altogether ("better" → "good").
     */
    public static String verbBase(String word) {
        return VERBS.computeIfAbsent(word, Lexicon::lookupVerbBase);
    }

    private static String lookupVerbBase(String word) {
        List<WordData> found = LOOKUP.get().lookup(word);
        for (WordData d : found) {
            String tag = d.getTag() == null ? "" : d.getTag().toString();
            String lemma = d.getStem() == null ? "" : d.getStem().toString().toLowerCase(Locale.ROOT);
            if ((tag.equals("VBD") || tag.equals("VBN")) && !lemma.isEmpty() && !lemma.equals(word)) {
                return lemma;
            }
        }
        return word;
    }

    private static Dictionary load() {
        URL url = Lexicon.class.getResource(RESOURCE);
        if (url == null) {
            throw new InternalFaultException(
                    "the English word-form dictionary " + RESOURCE + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new InternalFaultException(
                    "the English word-form dictionary could not be read: " + e.getMessage(), e);
        }
    }
}
