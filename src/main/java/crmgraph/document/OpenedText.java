package crmgraph.document;

import crmgraph.read.SourceMap;
import java.util.List;

/**
 * A deck's worth of a document, opened into text crmgraph's readers know: Markdown notes for a PDF
 * or a Word document, an Anki "Notes in Plain Text" export for each deck of an Anki package.
 *
 * @param part      the part of the file this deck is (an Anki deck's name, "CRM::Week 1"), or empty
 *                  when the whole file is one deck
 * @param text      the text to read, lines separated by {@code \n}
 * @param positions where each line of {@code text} came from in the file
 * @param format    what the file is, as the import report names it ("pdf", "docx", "apkg")
 * @param warnings  what of the document did not make it into the text, and why, each naming its
 *                  position ("note 1681234567: only an image, no text"); shown in the import report
 */
public record OpenedText(String part, String text, SourceMap positions, String format, List<String> warnings) {

    public OpenedText {
        warnings = List.copyOf(warnings);
    }
}
