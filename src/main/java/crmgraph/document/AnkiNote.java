package crmgraph.document;

import java.util.List;

/**
 * One note of an Anki collection, with the deck of its first card.
 *
 * @param id     the note's id (its creation time in milliseconds), as Anki shows it
 * @param deck   the full name of the deck, levels separated by {@code ::}
 * @param fields the fields' HTML, by their {@code ord}
 * @param tags   the tags, separated by single spaces
 */
record AnkiNote(long id, String deck, AnkiNoteType type, List<String> fields, String tags) {

    AnkiNote {
        fields = List.copyOf(fields);
    }
}
