package crmgraph.nlp;

import crmgraph.InternalFaultException;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * English words as dictionaries know them (LanguageTool's English part-of-speech dictionary and
 * its British and American spelling dictionaries, read with Morfologik): what rules on endings
 * cannot tell, such as "paid" being a form of "pay", and whether a word is spelt as English
 * spells it. Loaded once from the classpath; lookups are cached, and each thread has its own
 * lookup and spellers, which keep state.
 */
public final class Lexicon {

    private static final String RESOURCES = "/org/languagetool/resource/en/";
    private static final Dictionary FORMS = load("english.dict");
    private static final Dictionary BRITISH = load("hunspell/en_GB.dict");
    private static final Dictionary AMERICAN = load("hunspell/en_US.dict");
    private static final ThreadLocal<DictionaryLookup> LOOKUP =
            ThreadLocal.withInitial(() -> new DictionaryLookup(FORMS));
    private static final ThreadLocal<Speller> BRITISH_SPELLER = ThreadLocal.withInitial(() -> new Speller(BRITISH, 1));
    private static final ThreadLocal<Speller> AMERICAN_SPELLER =
            ThreadLocal.withInitial(() -> new Speller(AMERICAN, 1));
    private static final Map<String, String> VERBS = new ConcurrentHashMap<>();

    private Lexicon() {}

    /**
     * The base form of a lower-case word where the dictionary knows it as a past tense, past
     * participle or gerund of another verb ("paid" → "pay", "kept" → "keep", "queuing" → "queue");
     * otherwise the word itself.
     * Only verbs: a noun's or adjective's lemma may be another word altogether ("better" → "good").
     */
    public static String verbBase(String word) {
        return VERBS.computeIfAbsent(word, Lexicon::lookupVerbBase);
    }

    /** Whether neither British nor American spelling knows this lower-case word, nor the word-form dictionary. */
    public static boolean misspelled(String word) {
        try {
            return BRITISH_SPELLER.get().isMisspelled(word)
                    && AMERICAN_SPELLER.get().isMisspelled(word)
                    && LOOKUP.get().lookup(word).isEmpty();
        } catch (RuntimeException e) {
            return false; // a word the dictionary cannot decode is taken as written
        }
    }

    private static final Map<String, java.util.Optional<String>> CORRECTED = new ConcurrentHashMap<>();

    /**
     * The one lower-case word a misspelt lower-case word is one edit from ("custmer" → "customer",
     * "serivce" → "service"); empty for a word spelt right, a term no dictionary knows
     * ("servicescape": nothing is one edit from it), and a typo that could be several words
     * ("answerd": answer, answered, answers).
     */
    public static java.util.Optional<String> correction(String word) {
        return CORRECTED.computeIfAbsent(word, w -> {
            if (!misspelled(w)) {
                return java.util.Optional.empty();
            }
            List<String> candidates = corrections(w);
            return candidates.size() == 1 ? java.util.Optional.of(candidates.get(0)) : java.util.Optional.empty();
        });
    }

    /** Lower-case words one edit from a misspelt one ("custmer" → "customer"), the likeliest first. */
    public static List<String> corrections(String word) {
        try {
            return BRITISH_SPELLER.get().findReplacements(word).stream()
                    .filter(w -> w.equals(w.toLowerCase(Locale.ROOT)))
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Whether the dictionary knows the lower-case word as a noun ("blueprint", "review"), whatever else it may be. */
    public static boolean noun(String word) {
        try {
            return LOOKUP.get().lookup(word).stream()
                    .anyMatch(d -> d.getTag() != null && d.getTag().toString().startsWith("NN"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String lookupVerbBase(String word) {
        List<WordData> found;
        try {
            found = LOOKUP.get().lookup(word);
        } catch (RuntimeException e) {
            return word;
        }
        for (WordData d : found) {
            String tag = d.getTag() == null ? "" : d.getTag().toString();
            String lemma = d.getStem() == null ? "" : d.getStem().toString().toLowerCase(Locale.ROOT);
            if ((tag.equals("VBD") || tag.equals("VBN") || tag.equals("VBG"))
                    && !lemma.isEmpty()
                    && !lemma.equals(word)) {
                return lemma;
            }
        }
        return word;
    }

    private static Dictionary load(String name) {
        URL url = Lexicon.class.getResource(RESOURCES + name);
        if (url == null) {
            throw new InternalFaultException("the English dictionary " + name + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new InternalFaultException(
                    "the English dictionary " + name + " could not be read: " + e.getMessage(), e);
        }
    }
}
