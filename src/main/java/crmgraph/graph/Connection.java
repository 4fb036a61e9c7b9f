package crmgraph.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import crmgraph.RelationType;
import java.util.List;
import java.util.Optional;

/**
 * How two concepts are connected: the shortest paths between them, shortest first, each hop said in
 * words with the card its link came from. No path within {@link ConnectQueries#MAX_HOPS} hops: no
 * paths; the same concept twice: one path of that concept alone, without hops.
 */
public record Connection(Node from, Node to, List<Path> paths) {

    /** A concept on a path. */
    public record Node(String id, String name) {}

    /** The concepts from one end to the other, and the hop between each two. */
    public record Path(List<Node> nodes, List<Hop> hops) {}

    /**
     * One hop of a path. {@code from} and {@code to} are the link as stored, which the path may walk
     * against (a part walked up to its whole); {@code sentence} reads the link that way too.
     * {@code card} is the id of the card the link came from; {@code source} places it in its deck.
     */
    public record Hop(
            String from,
            String to,
            RelationType type,
            String phrase,
            String sentence,
            String card,
            @JsonIgnore Optional<Source> source) {

        /** The hop from {@code walkedFrom} to {@code walkedTo} over {@code link}, whichever way the link runs. */
        static Hop walked(Node walkedFrom, Node walkedTo, Link link) {
            boolean forward = link.start().equals(walkedFrom.id());
            Node start = forward ? walkedFrom : walkedTo;
            Node end = forward ? walkedTo : walkedFrom;
            return new Hop(
                    start.id(),
                    end.id(),
                    link.type(),
                    link.phrase(),
                    sentence(link, start.name(), end.name()),
                    link.card(),
                    link.source());
        }

        /** The link in words, read from its start to its end as stored. */
        static String sentence(Link link, String start, String end) {
            return switch (link.type()) {
                case HAS_PART ->
                    link.order() == null
                            ? end + " is " + PartWords.before(start) + " " + start
                            : end + " is " + unit(start) + " " + link.order() + " of " + start;
                case IS_A -> start + " is a kind of " + end;
                case RELATED_TO -> related(link, start, end);
            };
        }

        /**
         * What a numbered part of this whole is called: its name's plural head ("levels of eCRM"
         * numbers levels, "service quality dimensions" dimensions), a step otherwise (a model, a cycle).
         */
        static String unit(String whole) {
            String head = PartWords.head(whole);
            String singular = crmgraph.nlp.WordForms.singular(head);
            return singular.length() >= 3 && !singular.equals(head) ? singular : "step";
        }

        private static String related(Link link, String start, String end) {
            if (link.phrase() != null && !link.phrase().isBlank()) {
                return start + " " + link.phrase().strip() + " " + end;
            }
            String reason = link.reason() == null ? "" : link.reason().strip();
            return switch (reason) {
                case "mention" -> start + "'s definition mentions " + end;
                case "name" -> start + "'s name mentions " + end;
                case "contrast" -> start + " is contrasted with " + end;
                case "" -> start + " is related to " + end;
                default -> start + " is related to " + end + " (" + reason + ")";
            };
        }
    }

    /** Where a hop's card is: its deck and the card's place in it, for a link to {@code /decks/{deck}#{card}}. */
    public record Source(String deck, String deckName, int ordinal) {}

    /**
     * A link as stored: the id of the concept it starts from, its type, and what it carries ({@code
     * order} of a part in an ordered list, {@code phrase} and {@code reason} of a related concept,
     * each possibly null).
     */
    record Link(
            String start,
            RelationType type,
            Integer order,
            String phrase,
            String reason,
            String card,
            Optional<Source> source) {}
}
