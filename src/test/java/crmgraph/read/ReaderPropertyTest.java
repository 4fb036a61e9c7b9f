package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReaderPropertyTest {

    @Provide
    Arbitrary<String> decks() {
        Arbitrary<String> shaped = Arbitraries.of(
                "Q",
                "A",
                "1",
                "2",
                "5",
                "true",
                "false",
                "How sure were you?",
                "Not at all",
                "Define churn",
                "What is a brand?",
                "  • a bullet item",
                "- dash item",
                "1. numbered item",
                "## Heading",
                "term: definition text",
                "Term\tDefinition",
                "\"quoted, field\",other",
                "A sentence that explains something.",
                "1 One.2 Two.3 Three.",
                "Alpha- first Beta- second",
                "",
                "   ",
                "---",
                "**Bold**: text",
                "#key:value",
                "2. Numbered heading",
                "1.1 Sub heading",
                "2.3.1 Deeper heading",
                "1) Introduction",
                "o nested item",
                "    o indented item",
                "\u25AA third level",
                "\u25CF google bullet",
                "\u25CB google nested",
                "Term \u2013 explanation of the term",
                "\tTerm - an indented explanation",
                "carried on in lower case",
                "A \u2192 B \u2192 C",
                "=====",
                "> quoted",
                "3. x");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
        Arbitrary<String> line =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, shaped), net.jqwik.api.Tuple.of(1, noise));
        return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("deck.txt", "deck.md", "deck.tsv", "deck.csv");
    }

    @Property(tries = 300)
    void readers_never_throw_and_every_non_blank_line_is_in_a_card_or_dropped(
            @ForAll("decks") String text, @ForAll("names") String name) {
        ReadDeck deck = new DeckReader().read(name, text);
        BitSet placed = new BitSet();
        deck.cards().forEach(c -> placed.set(c.line(), c.endLine() + 1));
        deck.dropped().forEach(d -> placed.set(d.line()));
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                assertThat(placed.get(i + 1))
                        .as("line %d %s", i + 1, lines.get(i))
                        .isTrue();
            }
        }
        deck.cards().forEach(c -> assertThat(c.line()).isLessThanOrEqualTo(c.endLine()));
    }
}
