package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.CrmgraphException;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The readers against hostile text: control characters, lines past the length limit, bullets
 * nested deep, mixed line ends, tabs and non-breaking spaces, and raw bytes of any kind. They
 * never throw, and every line that is not blank lands in a card or in the dropped lines.
 */
class NastyInputPropertyTest {

    @Provide
    Arbitrary<String> nastyDecks() {
        Arbitrary<String> shaped = Arbitraries.of(
                "Q",
                "A",
                "1",
                "5",
                "true",
                "How sure were you?",
                "Define churn",
                "What is a brand?",
                "- dash item",
                "1. numbered item",
                "## Heading",
                "term: definition text",
                "Term\tDefinition",
                "\"open quote, field",
                "1 One.2 Two.3 Three.",
                "Alpha- first Beta- second",
                "",
                "\t",
                "\u00A0",
                "\uFEFFTerm\tDefinition",
                "**Bold**: text");
        Arbitrary<String> control = Arbitraries.strings()
                .withCharRange('\u0000', '\u001F')
                .withChars('\u007F', '\u0085', '\u2028', 'a', ' ')
                .ofMaxLength(12)
                .map(s -> s.replace("\n", "").replace("\r", ""));
        Arbitrary<String> deepBullet = Combinators.combine(
                        Arbitraries.integers().between(0, 25),
                        Arbitraries.of("- ", "* ", "• ", "1. "),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(15))
                .as((depth, marker, word) -> "  ".repeat(depth) + marker + word);
        Arbitrary<String> huge = Arbitraries.integers()
                .between(DeckReader.MAX_LINE_CHARS - 2, DeckReader.MAX_LINE_CHARS + 2_000)
                .map(n -> "word\t".repeat(n / 5 + 1).substring(0, n));
        Arbitrary<String> unicode = Arbitraries.strings()
                .ofMaxLength(30)
                .map(s -> s.replace("\n", " ").replace("\r", " "));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(8, shaped),
                Tuple.of(2, control),
                Tuple.of(3, deepBullet),
                Tuple.of(2, unicode),
                Tuple.of(1, huge));
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(line, end)
                .as((l, e) -> l + e)
                .list()
                .ofMaxSize(50)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("deck.txt", "deck.md", "deck.tsv", "deck.csv", "deck");
    }

    @Property(tries = 250)
    void nasty_text_never_throws_and_every_non_blank_line_is_in_a_card_or_dropped(
            @ForAll("nastyDecks") String text, @ForAll("names") String name) {
        assertEveryLinePlaced(text, new DeckReader().read(name, text));
    }

    @Property(tries = 250)
    void any_bytes_are_either_refused_with_a_message_naming_the_file_or_read_completely(
            @ForAll byte[] bytes, @ForAll("names") String name) {
        String text;
        try {
            text = TextDecoder.decode(name, bytes);
        } catch (CrmgraphException e) {
            assertThat(e.getMessage()).startsWith(name + ": line 1: ");
            return;
        }
        assertEveryLinePlaced(text, new DeckReader().read(name, text));
    }

    /** A nasty deck with one line over the limit put in at any place (at least one such line in every deck). */
    @Provide
    Arbitrary<String> decksWithAnOverlongLine() {
        Arbitrary<String> overlong = Arbitraries.strings()
                .withChars("abc ;:-\t")
                .ofMinLength(DeckReader.MAX_LINE_CHARS + 1)
                .ofMaxLength(DeckReader.MAX_LINE_CHARS + 50)
                .filter(l -> l.strip().length() > DeckReader.MAX_LINE_CHARS);
        return Combinators.combine(
                        nastyDecks(), overlong, Arbitraries.integers().between(0, 1000))
                .as((deck, line, at) -> {
                    List<String> lines = new java.util.ArrayList<>(deck.lines().toList());
                    lines.add(at % (lines.size() + 1), line);
                    return String.join("\n", lines);
                });
    }

    @Property(tries = 100)
    void every_line_over_the_limit_is_kept_out_of_the_cards_dropped_as_not_placed_and_warned_about(
            @ForAll("decksWithAnOverlongLine") String text) {
        ReadDeck deck = new DeckReader().read("deck.txt", text);
        List<String> lines = text.lines().toList();
        List<Integer> overlong = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).length() > DeckReader.MAX_LINE_CHARS)
                .mapToObj(i -> i + 1)
                .toList();
        assertThat(overlong).isNotEmpty();
        for (int number : overlong) {
            assertThat(deck.dropped()).anyMatch(d -> d.line() == number && d.kind() == DroppedLine.Kind.UNPLACED);
            assertThat(deck.warnings()).anyMatch(w -> w.startsWith("line " + number + ": "));
            String line = lines.get(number - 1).strip();
            assertThat(deck.cards())
                    .noneMatch(c -> c.front().contains(line) || c.back().contains(line));
        }
    }

    private static void assertEveryLinePlaced(String text, ReadDeck deck) {
        BitSet placed = new BitSet();
        deck.cards().forEach(c -> placed.set(c.line(), c.endLine() + 1));
        deck.dropped().forEach(d -> placed.set(d.line()));
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String seen = lines.get(i).replace('\u00A0', ' ').replace("\uFEFF", "");
            if (!seen.isBlank()) {
                assertThat(placed.get(i + 1))
                        .as("line %d %s", i + 1, Excerpt.of(seen))
                        .isTrue();
            }
        }
        deck.cards().forEach(c -> assertThat(c.line()).isLessThanOrEqualTo(c.endLine()));
        assertThat(deck.cards()).allSatisfy(c -> assertThat(c.line()).isBetween(1, Math.max(1, lines.size())));
    }
}
