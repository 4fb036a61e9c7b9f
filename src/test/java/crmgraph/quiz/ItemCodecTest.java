package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.nlp.English;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemCodecTest {

    @Test
    void every_item_type_comes_back_equal_from_its_stored_bytes() {
        List<QuizItem> items = new java.util.ArrayList<>(new ItemGenerator(English.shared())
                .generate(QuizFixture.crm()
                        .list("Service journey", true, "Arrival", "Waiting", "Delivery", "Departure")
                        .material()));
        // a keyword cloze blanks only a known concept the definition names, which this fixture's
        // definitions rarely do in a way fit to blank: one is made by hand
        items.add(new KeywordCloze(
                "k-000000000001",
                "Data mining: searching the ____ for hidden patterns.",
                new AnswerKey("data warehouse", List.of("DW"), List.of()),
                new QuizItem.Source("data-mining", "Data mining", "data-mining", "d-1", "d")));
        assertThat(items)
                .extracting(QuizItem::getClass)
                .contains(TermCloze.class, KeywordCloze.class, ListCloze.class, OrderItem.class, ChoiceItem.class);

        assertThat(ItemCodec.decode(ItemCodec.encode(items))).contains(items);
    }

    @Test
    void no_items_come_back_empty() {
        assertThat(ItemCodec.decode(ItemCodec.encode(List.of()))).contains(List.of());
    }

    @Test
    void bytes_that_are_no_stored_items_give_nothing_so_the_items_are_generated_again() {
        assertThat(ItemCodec.decode("not gzip".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ItemCodec.decode(gzipOf("[{\"@item\":\"TermCloze\",\"id\":\"t-1\"}]")))
                .as("an item missing its fields")
                .isEmpty();
        assertThat(ItemCodec.decode(gzipOf("[{\"@item\":\"NoSuchItem\",\"id\":\"t-1\"}]")))
                .isEmpty();
    }

    private static byte[] gzipOf(String json) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
