package crmgraph.nlp;

/** English word forms by rule, where a model would be too slow or too unsure: used by resolving and by quizzes alike. */
public final class WordForms {

    private WordForms() {}

    /**
     * The Porter stem of a lower-case word ("targeting" and "target" → "target", "identifying" →
     * "identifi"), so words of one family meet. A stemmer per call: OpenNLP's keeps state.
     */
    public static String stem(String w) {
        return new opennlp.tools.stemmer.PorterStemmer().stem(w);
    }

    /** The singular of a lower-case word by its ending ("strategies" → "strategy", "boxes" → "box"); short words, "-ss", "-us", "-is" and words with digits as given. */
    public static String singular(String w) {
        if (w.length() <= 3 || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
