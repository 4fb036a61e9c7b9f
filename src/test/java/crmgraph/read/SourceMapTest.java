package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMapTest {

    @Test
    void a_text_file_is_its_own_map_and_names_lines_and_spans_of_lines() {
        assertThat(SourceMap.LINES.identity()).isTrue();
        assertThat(SourceMap.LINES.describe(4, 4)).isEqualTo("line 4");
        assertThat(SourceMap.LINES.describe(4, 6)).isEqualTo("lines 4\u20136");
    }

    @Test
    void a_documents_lines_are_named_by_page_and_line_and_a_span_across_pages_names_both_ends() {
        SourceMap pdf = new SourceMap(List.of(
                new Position("page 1", "line", 1),
                new Position("page 1", "line", 2),
                new Position("page 2", "line", 1)));
        assertThat(pdf.identity()).isFalse();
        assertThat(pdf.describe(1, 2)).isEqualTo("page 1, lines 1\u20132");
        assertThat(pdf.describe(2, 3)).isEqualTo("page 1, line 2 \u2013 page 2, line 1");
        assertThat(pdf.describe(3, 3)).isEqualTo("page 2, line 1");
    }

    @Test
    void the_lines_of_one_anki_note_are_one_position() {
        SourceMap anki =
                new SourceMap(List.of(new Position("", "note", 1681234567L), new Position("", "note", 1681234567L)));
        assertThat(anki.describe(1, 2)).isEqualTo("note 1681234567");
    }

    @Test
    void a_warning_of_a_document_names_its_position_in_the_file() {
        SourceMap pdf = new SourceMap(List.of(new Position("page 3", "line", 7), new Position("page 3", "line", 8)));
        ReadDeck deck = new DeckReader()
                .read("slides.pdf", "# Churn\n" + "x".repeat(DeckReader.MAX_LINE_CHARS + 1), ReadOptions.AUTO, pdf);
        assertThat(deck.format())
                .as("a PDF's text is read as Markdown notes; the import reports the document's own format")
                .isEqualTo("markdown");
        assertThat(deck.positions()).isEqualTo(pdf);
        assertThat(deck.warnings()).anyMatch(w -> w.startsWith("page 3, line 8: 10001 characters long"));
    }
}
