package crmgraph.read;

/** A short, single-line excerpt of input text for messages. */
final class Excerpt {

    private static final int LENGTH = 60;

    private Excerpt() {
    }

    static String of(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", " ").strip();
        return flat.length() <= LENGTH ? flat : flat.substring(0, LENGTH) + "…";
    }
}
