package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.testing.TestGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measure of how the graph hangs together, on a graph whose pieces are known. */
class GraphShapeIT {

    @AfterEach
    void wipe() {
        TestGraph.wipe();
    }

    @Test
    void a_model_with_its_parts_a_related_pair_and_a_lone_concept_are_three_pieces_one_of_them_unlinked() {
        TestGraph.wipe();
        List<String> names = List.of(
                "IDIC model",
                "Identify",
                "Differentiate",
                "Interact",
                "Customize",
                "SERVQUAL",
                "Service quality",
                "Churn");
        List<ResolvedDeck.Relation> links = new ArrayList<>();
        for (int part = 1; part <= 4; part++) {
            links.add(relation(RelationType.HAS_PART, "IDIC model", names.get(part), part, null));
        }
        links.add(relation(RelationType.RELATED_TO, "SERVQUAL", "Service quality", null, "mention"));
        new DeckWriter(TestGraph.store()).write(deck(names, links));

        GraphShape shape = GraphShape.of(TestGraph.store());

        assertThat(shape.concepts()).isEqualTo(8);
        assertThat(shape.unlinked()).isEqualTo(1);
        assertThat(shape.pieces()).isEqualTo(3);
        assertThat(shape.largestPiece()).isEqualTo(5);
        assertThat(shape.largestPieceShare()).isEqualTo(5 / 8.0);
        assertThat(shape.links()).isEqualTo(5);
        assertThat(shape.namedLinks())
                .as("four parts say what they are; a bare mention does not")
                .isEqualTo(4);
        assertThat(shape.namedShare()).isEqualTo(0.8);
    }

    private static ResolvedDeck.Relation relation(
            RelationType type, String from, String to, Integer order, String reason) {
        return new ResolvedDeck.Relation(type, Keys.key(from), Keys.key(to), order, reason, 1);
    }

    private static DeckImport deck(List<String> names, List<ResolvedDeck.Relation> links) {
        List<Card> cards = new ArrayList<>();
        List<ResolvedConcept> concepts = new ArrayList<>();
        List<ResolvedDeck.Mention> mentions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = Keys.key(names.get(i));
            concepts.add(new ResolvedConcept(key, Keys.id(key), names.get(i), List.of()));
            cards.add(new Card(i + 1, names.get(i), "A card about " + names.get(i) + ".", i + 1, i + 1));
            mentions.add(new ResolvedDeck.Mention(key, i + 1));
        }
        ResolvedDeck resolved = new ResolvedDeck(concepts, List.of(), mentions, links);
        return new DeckImport(
                "shape", "shape.txt", "shape", new ReadDeck("Shape", "lines", cards, List.of()), resolved);
    }
}
