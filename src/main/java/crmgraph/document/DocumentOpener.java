package crmgraph.document;

import java.util.List;

/**
 * Opens one kind of document into decks of text. Throws {@link crmgraph.CrmgraphException} with a
 * message naming the file (and the page, paragraph or note where one is to blame) when the
 * document cannot be read; never runs anything the document holds.
 */
sealed interface DocumentOpener permits AnkiPackage, PdfNotes, WordNotes {

    List<OpenedText> open(String fileName, byte[] bytes);
}
