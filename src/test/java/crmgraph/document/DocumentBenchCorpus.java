package crmgraph.document;

import crmgraph.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the documents the import benchmark of README's Performance section times: a 10,000-note
 * Anki package (ten Anki decks, the current layout) and a 300-page PDF of notes, both made of the
 * deterministic benchmark corpus's flashcards. Run from the test class path:
 * {@code java -cp target/test-classes:target/classes:DEPS crmgraph.document.DocumentBenchCorpus DIR},
 * then {@code java -jar target/crmgraph.jar import DIR/bench-10k.apkg} (and the PDF).
 */
public final class DocumentBenchCorpus {

    private static final int NOTES = 10_000;
    private static final int DECKS = 10;
    private static final int PAGES = 300;
    private static final int ITEMS_PER_PAGE = 9;
    private static final int WRAP = 85;

    private DocumentBenchCorpus() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/document-bench"));
        List<String[]> cards = cards(dir);
        Files.write(dir.resolve("bench-10k.apkg"), apkg(cards));
        System.out.println("wrote " + dir.resolve("bench-10k.apkg") + " (" + NOTES + " notes)");
        Files.write(dir.resolve("bench-300-pages.pdf"), pdf(cards));
        System.out.println("wrote " + dir.resolve("bench-300-pages.pdf") + " (" + PAGES + " pages)");
    }

    /** Lecture notes: per page a bold heading, then bulleted "Term: definition" items wrapped at the margin. */
    private static byte[] pdf(List<String[]> cards) {
        PdfFixture pdf = new PdfFixture().furniture("CRM 201 Lecture Notes", "Page %d of %d");
        int next = 0;
        for (int p = 1; p <= PAGES; p++) {
            PdfFixture.Page page =
                    pdf.page().bold(14, "Part " + p + ": " + cards.get(next)[0]).gap(6);
            for (int i = 0; i < ITEMS_PER_PAGE; i++, next++) {
                String[] card = cards.get(next % cards.size());
                List<String> lines = wrapped(card[0] + ": " + card[1]);
                page.item(72, 11, "\u2022", lines.get(0));
                lines.subList(1, lines.size()).forEach(line -> page.line(86, 11, PdfFixture.Face.REGULAR, line));
            }
        }
        return pdf.bytes();
    }

    private static List<String> wrapped(String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WRAP && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Term and definition pairs of the benchmark corpus, one tab-separated deck of {@link #NOTES} cards. */
    private static List<String[]> cards(Path dir) throws IOException {
        Path tsv = new CorpusGenerator(42, 2_000)
                .write(dir.resolve("corpus"), NOTES, NOTES)
                .get(0);
        return Files.readAllLines(tsv).stream()
                .filter(l -> l.contains("\t"))
                .map(l -> l.split("\t", 2))
                .limit(NOTES)
                .toList();
    }

    private static byte[] apkg(List<String[]> cards) {
        AnkiPackageFixture anki = new AnkiPackageFixture();
        for (int d = 0; d < DECKS; d++) {
            anki.deck(100 + d, "CRM bench::Part " + (d + 1));
        }
        for (int i = 0; i < cards.size(); i++) {
            String[] card = cards.get(i);
            anki.note(1_700_000_000_000L + i, AnkiPackageFixture.BASIC, 100 + i % DECKS, "bench", card[0], card[1]);
        }
        return anki.apkg(AnkiPackageFixture.Layout.SCHEMA_18);
    }
}
