package crmgraph.read;

import crmgraph.Regex;

/** A short, single-line excerpt of input text for messages. */
final class Excerpt {

    private static final int LENGTH = 60;

    private Excerpt() {}

    static String of(String text) {
        String flat = Regex.replaceAll(text, "\\p{Cntrl}", " ").strip();
        return flat.length() <= LENGTH ? flat : flat.substring(0, LENGTH) + "…";
    }
}
