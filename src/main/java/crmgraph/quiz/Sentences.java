package crmgraph.quiz;

/** Small text helpers for building prompts. */
final class Sentences {

    private Sentences() {}

    /**
     * The text with its first letter lower-cased, unless the first word is an acronym. Also used
     * before tagging: a capitalised imperative ("Engage with …") is otherwise tagged as a name.
     */
    static String lowerFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String word = text.split("[\\s,;:\\-]", 2)[0];
        if (word.length() > 1 && word.equals(word.toUpperCase())) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
