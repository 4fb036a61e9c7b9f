package crmgraph.read;

import java.util.Optional;

/**
 * The separators of a deck read as an export, for pages and forms that let the student see and
 * change them: the ones the reader used (named by the deck's format), and each separator as a
 * student would type it, so that {@link Separators#parse} gives it back.
 */
public final class ExportSeparators {

    private static final String DELIMITED = "delimited(";
    private static final String FIELD = "term/definition ";
    private static final String ROW = ", cards ";

    private ExportSeparators() {}

    /** The separators a deck was read with, when it was read as an export (empty for notes, lines, Q/A). */
    public static Optional<Separators> used(ReadDeck deck) {
        return ofFormat(deck.format());
    }

    /**
     * The separators a format names: {@code tsv} and {@code csv} are one card per line with a tab or
     * a comma, {@code delimited(term/definition " - ", cards semicolon)} names both; other formats none.
     */
    public static Optional<Separators> ofFormat(String format) {
        if ("tsv".equals(format)) {
            return Optional.of(Separators.perLine("\t"));
        }
        if ("csv".equals(format)) {
            return Optional.of(Separators.perLine(","));
        }
        if (format == null || !format.startsWith(DELIMITED + FIELD) || !format.endsWith(")")) {
            return Optional.empty();
        }
        String both = format.substring(DELIMITED.length() + FIELD.length(), format.length() - 1);
        // A quoted separator may itself hold ", cards ": the cut is the one that names the same separators again.
        for (int at = both.indexOf(ROW); at >= 0; at = both.indexOf(ROW, at + 1)) {
            Optional<Separators> read = separators(both.substring(0, at), both.substring(at + ROW.length()));
            if (read.filter(s -> format.equals(DELIMITED + s.describe() + ")")).isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    private static Optional<Separators> separators(String field, String row) {
        try {
            return Optional.of(new Separators(shown(field), shown(row)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A separator as {@link Separators#name} shows it: a name, or the string itself in quotes. */
    private static String shown(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1);
        }
        String named = Separators.parse(name);
        if (named.equals(name)) {
            throw new IllegalArgumentException("not a separator's name: " + name);
        }
        return named;
    }

    /**
     * A separator as a student would type it in a form or on the command line: its name where it
     * has one ("tab", "semicolon", "new line", "dash"), else the string itself, with tabs and line
     * breaks written {@code \t} and {@code \n}.
     */
    public static String typed(String separator) {
        if (separator.equals(Separators.NEW_LINE)) {
            return "new line";
        }
        String name = Separators.name(separator);
        if (!name.startsWith("\"")) {
            return name;
        }
        return separator.replace("\t", "\\t").replace(Separators.NEW_LINE, "\\n");
    }
}
