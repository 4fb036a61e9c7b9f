package crmgraph.document;

import crmgraph.read.Position;
import crmgraph.read.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Anki deck written as Anki's own "Notes in Plain Text" export, which {@code DelimitedReader}
 * reads: four header lines, then one record per note: front, back, tags, deck, separated by tabs, a
 * field quoted with {@code "} (inner quotes doubled) when it holds a tab, a line break or a quote.
 */
final class AnkiDeckText {

    static final String FORMAT = "apkg";
    private static final List<String> HEADER =
            List.of("#separator:tab", "#html:false", "#tags column:3", "#deck column:4");
    /** Field names that say which side they are, front name first; matched ignoring case. */
    private static final List<List<String>> NAMED_SIDES =
            List.of(List.of("term", "definition"), List.of("front", "back"), List.of("question", "answer"));

    private final String deck;
    private final List<String> lines = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Fields with text that are neither front nor back, by note type and field name: the notes that have them. */
    private final Map<String, List<Long>> unread = new LinkedHashMap<>();

    AnkiDeckText(String deck) {
        this.deck = deck;
        for (int k = 0; k < HEADER.size(); k++) {
            lines.add(HEADER.get(k));
            positions.add(new Position("", "header line", k + 1));
        }
    }

    /** Adds a note's record; a note with no text is left out, with a warning saying why. */
    AnkiDeckText add(AnkiNote note) {
        int[] sides = sides(note);
        String front = text(note, sides[0]);
        String back = text(note, sides[1]);
        if (front.isEmpty() && back.isEmpty()) {
            boolean media = note.fields().stream().anyMatch(AnkiFieldText::hasMedia);
            warnings.add("note " + note.id() + ": " + (media ? "only images or sounds, no text" : "empty, no text"));
            return this;
        }
        noteUnread(note, sides);
        String record = String.join("\t", quoted(front), quoted(back), quoted(note.tags()), quoted(note.deck()));
        for (String line : record.split("\n", -1)) {
            lines.add(line);
            positions.add(new Position("", "note", note.id()));
        }
        return this;
    }

    OpenedText opened() {
        List<String> all = new ArrayList<>(warnings);
        unread.forEach((field, notes) ->
                all.add("note " + notes.get(0) + (notes.size() > 1 ? " and " + (notes.size() - 1) + " more" : "") + ": "
                        + field + " is not read (a card has only a front and a back)"));
        return new OpenedText(deck, String.join("\n", lines), new SourceMap(positions), FORMAT, all);
    }

    private void noteUnread(AnkiNote note, int[] sides) {
        for (int i = 0; i < note.fields().size(); i++) {
            if (i != sides[0]
                    && i != sides[1]
                    && !AnkiFieldText.of(note.fields().get(i)).isEmpty()) {
                String name = i < note.type().fieldNames().size()
                        ? "\"" + note.type().fieldNames().get(i) + "\""
                        : "number " + (i + 1);
                String type = note.type().name().isEmpty()
                        ? ""
                        : " of note type \"" + note.type().name() + "\"";
                unread.computeIfAbsent("field " + name + type, k -> new ArrayList<>())
                        .add(note.id());
            }
        }
    }

    /**
     * Which fields are front and back: a Cloze note's text and its extra (the first two); else fields named
     * as sides (Term/Definition, Front/Back, Question/Answer), whatever their order; else the first two.
     */
    private static int[] sides(AnkiNote note) {
        List<String> names = note.type().fieldNames().stream()
                .map(n -> n.strip().toLowerCase(Locale.ROOT))
                .toList();
        boolean cloze = note.type().cloze()
                || !note.fields().isEmpty() && note.fields().get(0).matches("(?s).*\\{\\{c\\d+::.*");
        if (!cloze) {
            for (List<String> pair : NAMED_SIDES) {
                int front = names.indexOf(pair.get(0));
                int back = names.indexOf(pair.get(1));
                if (front >= 0 && back >= 0) {
                    return new int[] {front, back};
                }
            }
        }
        return new int[] {0, 1};
    }

    private static String text(AnkiNote note, int field) {
        return field < note.fields().size() ? AnkiFieldText.of(note.fields().get(field)) : "";
    }

    /** A field as Anki's export writes it: quoted when it holds a tab, a line break or a quote. */
    static String quoted(String field) {
        if (field.contains("\t") || field.contains("\n") || field.contains("\"")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
