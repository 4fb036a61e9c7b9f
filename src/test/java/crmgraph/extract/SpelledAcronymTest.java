package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An acronym spelled by the initials of a list's members is the list's alias; it orders only a list of actions. */
class SpelledAcronymTest {

    private static Extraction extract(String front, String back) {
        return new CardExtractor()
                .extract(new ReadDeck("test", "lines", List.of(new Card(1, front, back, 1, 5)), List.of()));
    }

    private static List<String> aliases(Extraction x, String name) {
        return x.concepts().stream()
                .filter(c -> c.name().equals(name))
                .flatMap(c -> c.aliases().stream())
                .toList();
    }

    @Test
    void a_numbered_list_spelling_the_acronym_makes_it_an_alias() {
        Extraction x = extract(
                "What are the relationship building tasks (IDIC)?",
                "1. Identify\n2. Differentiate\n3. Interact\n4. Customize");

        assertThat(aliases(x, "relationship building tasks")).containsExactly("IDIC");
    }

    @Test
    void a_list_of_stages_spelling_the_acronym_makes_it_an_alias() {
        Extraction x = extract(
                "What are the stages of the buying journey (AIDA)?", "- Attention\n- Interest\n- Desire\n- Action");

        assertThat(aliases(x, "buying journey")).containsExactly("AIDA");
    }

    @Test
    void a_bulleted_list_of_actions_spelling_the_acronym_makes_it_an_alias_and_a_sequence() {
        Extraction x = extract(
                "What are the relationship building tasks (IDIC)?",
                "- Identify\n- Differentiate\n- Interact\n- Customize");

        assertThat(aliases(x, "relationship building tasks")).containsExactly("IDIC");
        assertThat(x.relations())
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(
                        tuple("Identify", 1), tuple("Differentiate", 2), tuple("Interact", 3), tuple("Customize", 4));
    }
}
