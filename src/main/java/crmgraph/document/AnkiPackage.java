package crmgraph.document;

import crmgraph.BadInputException;
import crmgraph.InternalFaultException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Anki packages ({@code .apkg} deck packages, {@code .colpkg} collection packages): a zip holding the
 * collection, an SQLite file. The newest collection inside is read ({@code collection.anki21b} over
 * {@code collection.anki21} over {@code collection.anki2}, since current Anki adds a legacy stub saying
 * "please update"), and each deck holding notes becomes one text in Anki's "Notes in Plain Text" export
 * format, decks in Anki's order. A note belongs to the deck of its first card. Nothing in the package
 * is run, and nothing of it is written but the collection, to a temp file deleted afterwards.
 */
final class AnkiPackage implements DocumentOpener {

    /** Files SQLite may leave beside a database it opened. */
    private static final List<String> SQLITE_SIDE_FILES = List.of("", "-journal", "-wal", "-shm");

    @Override
    public List<OpenedText> open(String fileName, byte[] bytes) {
        if (!AnkiZip.isZip(bytes)) {
            throw new BadInputException(fileName + ": not an Anki package: the file is not a zip archive");
        }
        Path collection = tempFile(fileName);
        try {
            AnkiZip.extractCollection(fileName, bytes, collection);
            List<AnkiNote> notes = AnkiCollection.notes(fileName, collection);
            if (notes.isEmpty()) {
                throw new BadInputException(fileName + ": no notes in this Anki package");
            }
            return decks(notes);
        } finally {
            delete(collection);
        }
    }

    private static List<OpenedText> decks(List<AnkiNote> notes) {
        Map<String, AnkiDeckText> decks = new TreeMap<>(AnkiCollection.DECK_ORDER);
        notes.forEach(
                note -> decks.computeIfAbsent(note.deck(), AnkiDeckText::new).add(note));
        return decks.values().stream().map(AnkiDeckText::opened).toList();
    }

    private static Path tempFile(String fileName) {
        try {
            return Files.createTempFile("crmgraph-anki-", ".sqlite");
        } catch (IOException e) {
            throw new InternalFaultException(
                    fileName + ": the Anki package cannot be opened: no temporary file can be made (" + e.getMessage()
                            + ")",
                    e);
        }
    }

    private static void delete(Path collection) {
        for (String suffix : SQLITE_SIDE_FILES) {
            Path file = collection.resolveSibling(collection.getFileName() + suffix);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // still open somewhere (Windows): gone when the JVM ends; the student's import goes on
                file.toFile().deleteOnExit();
            }
        }
    }
}
