package crmgraph.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The documents crmgraph opens besides text files, chosen by the file's extension. */
public final class Documents {

    private Documents() {}

    /** Whether a file name is one of the documents opened here (.apkg, .colpkg, .pdf, .docx). */
    public static boolean isDocument(String fileName) {
        return opener(fileName).isPresent();
    }

    /** The file's decks of text; a file that is not a document here is one deck of its own text (the caller's). */
    public static List<OpenedText> open(String fileName, byte[] bytes) {
        return opener(fileName)
                .orElseThrow(() -> new IllegalArgumentException(fileName + " is no document"))
                .open(fileName, bytes);
    }

    private static Optional<DocumentOpener> opener(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".apkg") || lower.endsWith(".colpkg")) {
            return Optional.of(new AnkiPackage());
        }
        if (lower.endsWith(".pdf")) {
            return Optional.of(new PdfNotes());
        }
        if (lower.endsWith(".docx")) {
            return Optional.of(new WordNotes());
        }
        return Optional.empty();
    }
}
