package crmgraph.graph;

import crmgraph.RelationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * The paths {@link PathSearch} found, each hop explained by the most telling of its links, read in
 * the embedded store's transaction: the in-process twin of {@code explain-paths.cypher}, which a
 * server runs after its own search. Both choose the same link, the first by {@link LinkRank}
 * ({@code InProcessReadIT} holds the two ways to equal answers): read and ranked here, or ranked once
 * per graph version by the {@link LinkCopy} the paths were found in.
 *
 * <p>Why not that Cypher file here too: on the 100k benchmark graph it was half of an answer's time
 * and 165 KB of its 430 KB of garbage, and at 32 connections on two cores the collections that
 * garbage causes are what stretch the slowest answers (see README, Performance).
 */
final class HopExplainer {

    private static final Label CARD = Label.label("Card");
    private static final Label DECK = Label.label("Deck");

    /** Which of the links between two neighbours says their hop best: null for none. */
    @FunctionalInterface
    interface TellingLink {
        Relationship between(Node x, Node y);
    }

    private final Transaction tx;
    private final TellingLink telling;
    private final Map<Node, Connection.Node> concepts = new HashMap<>();
    private final Map<List<Node>, Connection.Hop> hops = new HashMap<>();
    private final Map<String, String> deckNames = new HashMap<>();

    /** One explainer per answer: the paths of an answer share concepts and hops, read once. */
    HopExplainer(Transaction tx, TellingLink telling) {
        this.tx = tx;
        this.telling = telling;
    }

    /**
     * The most telling link between two neighbours, each link between them read and ranked, from the
     * one with fewer relationships.
     */
    static TellingLink readingEachLink(Degrees degrees) {
        return (x, y) -> {
            boolean fromX = degrees.of(x) <= degrees.of(y);
            Node near = fromX ? x : y;
            Node far = fromX ? y : x;
            LinkRank best = null;
            for (Relationship r : near.getRelationships(Direction.BOTH, PathSearch.LINKS)) {
                if (r.getOtherNode(near).equals(far)) {
                    LinkRank rank = LinkRank.of(r);
                    if (rank.before(best)) {
                        best = rank;
                    }
                }
            }
            return best == null ? null : best.link();
        };
    }

    /** A concept as an answer names it; null for none, as an unknown end is. */
    static Connection.Node concept(Node node) {
        return node == null
                ? null
                : new Connection.Node((String) node.getProperty("id", null), (String) node.getProperty("name", null));
    }

    /**
     * The path through these concepts, each hop said by its most telling link; empty when two
     * neighbours of the path have no link in this transaction (a path found in a copy of the graph
     * that a write has since changed).
     */
    Optional<Connection.Path> path(List<Node> nodes) {
        List<Connection.Node> named = nodes.stream().map(this::named).toList();
        List<Connection.Hop> said = new ArrayList<>(nodes.size() - 1);
        for (int i = 0; i + 1 < nodes.size(); i++) {
            Connection.Hop hop = hop(nodes.get(i), nodes.get(i + 1), named.get(i), named.get(i + 1));
            if (hop == null) {
                return Optional.empty();
            }
            said.add(hop);
        }
        return Optional.of(new Connection.Path(named, said));
    }

    /** The hop said by its most telling link, read once an answer; null (and not kept) for none. */
    private Connection.Hop hop(Node x, Node y, Connection.Node walkedFrom, Connection.Node walkedTo) {
        return hops.computeIfAbsent(List.of(x, y), ends -> {
            Relationship best = telling.between(x, y);
            return best == null ? null : Connection.Hop.walked(walkedFrom, walkedTo, link(best));
        });
    }

    private Connection.Node named(Node node) {
        return concepts.computeIfAbsent(node, HopExplainer::concept);
    }

    private Connection.Link link(Relationship r) {
        String card = (String) r.getProperty("card", null);
        String deck = (String) r.getProperty("deck", null);
        Object order = r.getProperty("order", null);
        return new Connection.Link(
                (String) r.getStartNode().getProperty("id", null),
                RelationType.valueOf(r.getType().name()),
                order == null ? null : ((Number) order).intValue(),
                (String) r.getProperty("phrase", null),
                (String) r.getProperty("reason", null),
                card,
                source(card, deck));
    }

    /** Where the link's card sits in its deck: none when the card is not in the store. */
    private Optional<Connection.Source> source(String card, String deck) {
        Node cardNode = card == null ? null : tx.findNode(CARD, "id", card);
        Object ordinal = cardNode == null ? null : cardNode.getProperty("ordinal", null);
        if (ordinal == null) {
            return Optional.empty();
        }
        return Optional.of(new Connection.Source(deck, deckName(deck), ((Number) ordinal).intValue()));
    }

    /** The deck's name, "" when the deck is not in the store; the hops of an answer often share a deck. */
    private String deckName(String deck) {
        return deck == null
                ? ""
                : deckNames.computeIfAbsent(deck, id -> {
                    Node deckNode = tx.findNode(DECK, "id", id);
                    return deckNode == null ? "" : (String) deckNode.getProperty("name", "");
                });
    }
}
