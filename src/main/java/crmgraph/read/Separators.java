package crmgraph.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What separates a term from its definition, and one card from the next, in an export with one
 * card per record: Quizlet lets the student pick Tab, Comma or any string (" - ", ": ", " = ")
 * between term and definition, and New line, Semicolon or any string between cards; Anki and
 * spreadsheets write tabs, commas or semicolons with quoted fields.
 *
 * @param field between a term and its definition
 * @param row   between one card and the next ({@link #NEW_LINE} for one card per line)
 */
public record Separators(String field, String row) {

    public static final String NEW_LINE = "\n";
    /** Names a student can type for a separator, as Quizlet and Anki name them. */
    private static final Map<String, String> NAMES = Map.of(
            "tab",
            "\t",
            "comma",
            ",",
            "semicolon",
            ";",
            "newline",
            NEW_LINE,
            "new line",
            NEW_LINE,
            "pipe",
            "|",
            "space",
            " ",
            "dash",
            " - ",
            "colon",
            ": ",
            "equals",
            " = ");

    public Separators {
        if (field == null || field.isEmpty() || row == null || row.isEmpty()) {
            throw new IllegalArgumentException("a separator cannot be empty");
        }
        if (field.equals(row)) {
            throw new IllegalArgumentException(
                    "the separator between term and definition must differ from the one between cards");
        }
    }

    /** One card per line, with this between term and definition. */
    public static Separators perLine(String field) {
        return new Separators(field, NEW_LINE);
    }

    /** A separator as typed: a name ("tab", "semicolon", "new line") or the string itself (" - "). */
    public static String parse(String typed) {
        if (typed == null || typed.isEmpty()) {
            throw new IllegalArgumentException("a separator cannot be empty");
        }
        String named = NAMES.get(typed.strip().toLowerCase(Locale.ROOT));
        return named != null ? named : typed.replace("\\t", "\t").replace("\\n", NEW_LINE);
    }

    /** A separator as shown: its name where it has one, else the string in quotes. */
    public static String name(String separator) {
        return NAMES.entrySet().stream()
                .filter(e -> e.getValue().equals(separator) && !e.getKey().contains(" "))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse("\"" + separator + "\"");
    }

    /** Both separators as shown: {@code "term/definition: tab, cards: new line"}. */
    public String describe() {
        return "term/definition " + name(field) + ", cards " + (row.equals(NEW_LINE) ? "new line" : name(row));
    }

    /** Whether fields may be quoted and hold the separator: the separators of CSV and tab files. */
    public boolean quoted() {
        return field.length() == 1
                && (field.equals("\t") || field.equals(",") || field.equals(";") || field.equals("|"));
    }

    /** The separators that split the most records of a text into a term and a definition, and how many do. */
    public record Found(Separators separators, int records, int split) {

        public double share() {
            return records == 0 ? 0 : (double) split / records;
        }
    }

    static final List<String> FIELD_CANDIDATES =
            List.of("\t", " - ", " \u2013 ", " \u2014 ", ": ", " = ", ";", ",", "|");
    static final List<String> ROW_CANDIDATES = List.of(NEW_LINE, ";", " | ", "||");

    /** The best separators for a text, or empty when no pair splits most records in two. */
    public static Optional<Found> detect(List<String> lines) {
        return SeparatorDetector.detect(lines);
    }
}
