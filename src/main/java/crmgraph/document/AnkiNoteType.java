package crmgraph.document;

import java.util.List;

/**
 * An Anki note type ("model" in schema 11): its name, whether it is a Cloze type, and its field names in order.
 *
 * @param fieldNames the names of the fields, by their {@code ord}
 */
record AnkiNoteType(String name, boolean cloze, List<String> fieldNames) {

    /** The type of a note whose type the collection does not hold: its fields are read by position. */
    static final AnkiNoteType UNKNOWN = new AnkiNoteType("", false, List.of());

    AnkiNoteType {
        fieldNames = List.copyOf(fieldNames);
    }
}
