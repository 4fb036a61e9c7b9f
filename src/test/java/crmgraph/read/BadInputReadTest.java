package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crmgraph.CrmgraphException;
import crmgraph.pipeline.Importer.SourceText;
import crmgraph.testing.BadDecks;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each awkward file of {@link BadDecks} read on its own: decoded right, or refused with file and line. */
class BadInputReadTest {

    private static Path dir;

    @BeforeAll
    static void write() {
        dir = BadDecks.write("read");
    }

    private static ReadDeck read(String name) {
        SourceText source = SourceText.load(dir.resolve(name));
        return new DeckReader().read(source.name(), source.text());
    }

    private static String front(ReadDeck deck, int ordinal) {
        return deck.cards().get(ordinal - 1).front();
    }

    @Test
    void binary_and_oversized_files_are_refused_naming_file_and_line_before_any_reading() {
        assertThatThrownBy(() -> SourceText.load(dir.resolve("binary.txt")))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage("binary.txt: line 1: not a text file (binary content)");
        assertThatThrownBy(() -> SourceText.load(dir.resolve("over-limit.txt")))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageStartingWith("over-limit.txt: line 1: file is larger than 50 MB");
        assertThatThrownBy(() -> SourceText.load(dir.resolve("at-limit.txt")))
                .as("a file of exactly the limit is read (and then refused for what it holds)")
                .isInstanceOf(CrmgraphException.class)
                .hasMessageContaining("at-limit.txt: line 1: not a text file");
    }

    @Test
    void a_200_mb_pdf_is_refused_by_its_size_before_it_is_opened() throws Exception {
        java.nio.file.Path pdf = dir.resolve("whole-course.pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(pdf.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        try {
            assertThatThrownBy(() -> SourceText.open(pdf))
                    .isInstanceOf(CrmgraphException.class)
                    .hasMessage("whole-course.pdf: file is larger than 50 MB");
        } finally {
            java.nio.file.Files.delete(pdf);
        }
    }

    @Test
    void empty_blank_and_furniture_only_files_say_why_there_is_nothing_to_import() {
        assertThat(read("empty.txt").whyNoCards("empty.txt"))
                .hasValue("empty.txt: line 1: the file is empty (no text): nothing to import");
        assertThat(read("blank.txt").whyNoCards("blank.txt"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("blank.txt: line 1: the file is empty"));
        ReadDeck furniture = read("furniture.txt");
        assertThat(furniture.cards()).isEmpty();
        assertThat(furniture.whyNoCards("furniture.txt"))
                .hasValueSatisfying(m ->
                        assertThat(m).startsWith("furniture.txt: lines 1\u2013").contains("only page furniture"));
    }

    @Test
    void encodings_and_line_ends_are_decoded_into_the_same_cards() {
        assertThat(front(read("utf16-bom.txt"), 1)).isEqualTo("Cross-selling");
        assertThat(read("utf16-bom.txt").cards()).hasSize(2);
        ReadDeck cp1252 = read("windows-1252.txt");
        assertThat(front(cp1252, 1)).isEqualTo("Customer délight");
        assertThat(cp1252.cards().get(0).back()).contains("\u201cwhat was promised\u201d");
        assertThat(front(read("crlf.tsv"), 2)).isEqualTo("Prospect");
        assertThat(read("crlf.tsv").cards().get(1).line()).isEqualTo(2);
        ReadDeck cr = read("lone-cr.tsv");
        assertThat(cr.cards()).extracting(Card::front).containsExactly("Advocate", "Detractor");
        assertThat(cr.cards().get(1).line()).isEqualTo(2);
    }

    @Test
    void a_mostly_utf8_file_with_broken_bytes_stays_utf8_and_names_the_line() {
        ReadDeck deck = read("invalid-utf8.txt");
        assertThat(front(deck, 1)).isEqualTo("Café loyalty");
        assertThat(front(deck, 2)).isEqualTo("Naïve segmentation");
        assertThat(deck.warnings()).anySatisfy(w -> assertThat(w).startsWith("line 3: bytes that are not valid UTF-8"));
    }

    @Test
    void a_100k_character_line_is_kept_as_not_placed_and_named_while_the_cards_around_it_are_read() {
        ReadDeck deck = read("long-line.tsv");
        assertThat(deck.cards()).extracting(Card::front).containsExactly("Retention rate", "Defection");
        assertThat(deck.dropped()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.kind()).isEqualTo(DroppedLine.Kind.UNPLACED);
            assertThat(d.text()).hasSize(100_000);
        });
        assertThat(deck.warnings()).singleElement().asString().startsWith("line 2: 100000 characters long");
    }

    @Test
    void tabs_non_breaking_spaces_and_deep_bullets_read_as_ordinary_text() {
        ReadDeck md = read("tabs-nbsp.md");
        assertThat(md.cards())
                .extracting(c -> c.front().strip())
                .contains("Service level agreement", "First contact resolution");
        ReadDeck deep = read("deep-bullets.txt");
        assertThat(deep.cards()).hasSize(1);
        assertThat(deep.cards().get(0).back()).contains("Layer 1 of the scheme", "Layer 20 of the scheme");
        assertThat(deep.dropped()).isEmpty();
    }

    @Test
    void terms_with_quotes_braces_backticks_markup_and_cypher_are_read_verbatim() {
        ReadDeck deck = read("hostile.tsv");
        assertThat(deck.cards()).extracting(Card::front).containsExactly(BadDecks.HOSTILE_TERMS);
    }
}
