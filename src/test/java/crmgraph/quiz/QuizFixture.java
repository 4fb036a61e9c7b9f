package crmgraph.quiz;

import crmgraph.RelationType;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.GraphStore;
import crmgraph.graph.StudyMaterial;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import crmgraph.read.ReadOptions;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made CRM graph for quiz tests: concepts with aliases and definitions, an ordered
 * list (a model's steps), an unordered list, kinds of one parent and related concepts. The same
 * content is available as study material (unit tests) and as a deck written into Neo4j (ITs).
 */
public final class QuizFixture {

    public static final String DECK = "quiz-fixture";

    private final Map<String, ResolvedConcept> concepts = new LinkedHashMap<>();
    private final List<Card> cards = new ArrayList<>();
    private final List<ResolvedDeck.Definition> definitions = new ArrayList<>();
    private final List<ResolvedDeck.Mention> mentions = new ArrayList<>();
    private final List<ResolvedDeck.Relation> relations = new ArrayList<>();

    /** The standard fixture. */
    public static QuizFixture crm() {
        QuizFixture f = new QuizFixture();
        f.define(
                "Customer relationship management",
                List.of("CRM"),
                "A business strategy that joins processes, people and technology to win and keep profitable buyers.");
        f.define(
                "Service level agreement",
                List.of("SLA"),
                "A contract between a provider and a client that specifies what is to be delivered and the standards it must meet.");
        f.define(
                "Self-service relationships",
                List.of(),
                "Dealings in which buyers serve themselves through kiosks and websites, without direct contact with staff.");
        f.define(
                "Touch points",
                List.of(),
                "All the places where a business and its buyers come into contact, such as stores, call centres and web pages.");
        f.define(
                "Data warehouse",
                List.of(),
                "A central repository that stores records gathered from many sources across a firm.");
        f.define(
                "Data mining",
                List.of(),
                "An analytical process that searches the warehouse for hidden patterns in purchase habits.");
        f.define(
                "IDIC model",
                List.of(),
                "A four-step framework for building one-to-one relationships with individual buyers.");
        f.define(
                "Identify",
                List.of(),
                "Find out who your buyers are and learn as much as possible about each of them.");
        f.define("Differentiate", List.of(), "Rank buyers by their worth to the firm and by what they need.");
        f.define(
                "Interact",
                List.of(),
                "Engage with buyers through cost-efficient channels to learn their expectations.");
        f.define("Customize", List.of(), "Adapt products, services and messages to the needs of each buyer.");
        f.list("IDIC model", true, "Identify", "Differentiate", "Interact", "Customize");
        f.define(
                "Operational CRM",
                List.of(),
                "Automates the front-office work of selling, marketing and service teams.");
        f.define(
                "Analytical CRM",
                List.of(),
                "Mines stored records about buyers to improve decisions and find profitable segments.");
        f.define(
                "Strategic CRM",
                List.of(),
                "A customer-centric approach that aims at winning and keeping valuable accounts over time.");
        f.define(
                "Collaborative CRM",
                List.of(),
                "Shares information about buyers with partners across the supply chain.");
        for (String kind : List.of("Operational CRM", "Analytical CRM", "Strategic CRM", "Collaborative CRM")) {
            f.relation(RelationType.IS_A, kind, "Customer relationship management", null);
        }
        f.list(
                "Non-customer availability subsets",
                false,
                "Available non-customers",
                "Ambivalent non-customers",
                "Weakly unavailable non-customers",
                "Strongly unavailable non-customers");
        f.relation(RelationType.RELATED_TO, "Data mining", "Data warehouse", null);
        f.relation(RelationType.RELATED_TO, "Analytical CRM", "Data warehouse", null);
        f.relation(RelationType.RELATED_TO, "Touch points", "Operational CRM", null);
        return f;
    }

    private ResolvedConcept concept(String name, List<String> aliases) {
        String key = Keys.key(name);
        return concepts.computeIfAbsent(key, k -> new ResolvedConcept(k, Keys.id(k), name, aliases));
    }

    public QuizFixture define(String name, List<String> aliases, String definition) {
        ResolvedConcept c = concept(name, aliases);
        Card card = card(name, definition);
        definitions.add(new ResolvedDeck.Definition(c.key(), definition, card.ordinal()));
        mentions.add(new ResolvedDeck.Mention(c.key(), card.ordinal()));
        return this;
    }

    public QuizFixture list(String whole, boolean ordered, String... members) {
        ResolvedConcept w = concept(whole, List.of());
        Card card = card(whole, String.join(", ", members));
        mentions.add(new ResolvedDeck.Mention(w.key(), card.ordinal()));
        for (int i = 0; i < members.length; i++) {
            ResolvedConcept m = concept(members[i], List.of());
            mentions.add(new ResolvedDeck.Mention(m.key(), card.ordinal()));
            relations.add(new ResolvedDeck.Relation(
                    RelationType.HAS_PART, w.key(), m.key(), ordered ? i + 1 : null, "list", card.ordinal()));
        }
        return this;
    }

    /** Drops one member of a list, leaving a gap in its numbering, as a list read with a part missing. */
    public QuizFixture dropPart(String whole, String member) {
        relations.removeIf(r -> r.type() == RelationType.HAS_PART
                && r.from().equals(Keys.key(whole))
                && r.to().equals(Keys.key(member)));
        return this;
    }

    public QuizFixture relation(RelationType type, String from, String to, Integer order) {
        ResolvedConcept a = concept(from, List.of());
        ResolvedConcept b = concept(to, List.of());
        Card card = card(from, to);
        mentions.add(new ResolvedDeck.Mention(a.key(), card.ordinal()));
        mentions.add(new ResolvedDeck.Mention(b.key(), card.ordinal()));
        relations.add(new ResolvedDeck.Relation(
                type, a.key(), b.key(), order, type == RelationType.RELATED_TO ? "mention" : null, card.ordinal()));
        return this;
    }

    /**
     * Marks every card with this front as one the reader was unsure of (the other reading swaps its
     * sides), as the reader will when another reading came close.
     */
    public QuizFixture doubt(String front, String why) {
        cards.replaceAll(c -> c.front().equals(front)
                ? new Card(
                        c.ordinal(),
                        c.front(),
                        c.back(),
                        c.line(),
                        c.endLine(),
                        Card.Kind.PROMPT,
                        "",
                        new Card.Doubt(why, c.back(), c.front()))
                : c);
        return this;
    }

    /** Ids of the cards marked uncertain. */
    public List<String> uncertainCards() {
        return cards.stream()
                .filter(Card::uncertain)
                .map(c -> cardId(c.ordinal()))
                .toList();
    }

    private Card card(String front, String back) {
        Card card = new Card(cards.size() + 1, front, back, cards.size() * 2 + 1, cards.size() * 2 + 2);
        cards.add(card);
        return card;
    }

    public static String cardId(int ordinal) {
        return DECK + "-" + ordinal;
    }

    public ResolvedDeck resolved() {
        return new ResolvedDeck(List.copyOf(concepts.values()), definitions, mentions, relations);
    }

    /** Writes the fixture as one deck through the production writer. */
    public void writeTo(GraphStore store) {
        writeTo(store, ReadOptions.AUTO);
    }

    /** Writes the fixture as one deck read with {@code options} (a layout the student chose, say). */
    public void writeTo(GraphStore store, ReadOptions options) {
        ReadDeck read =
                new ReadDeck("Quiz fixture", "test", cards, List.of(), List.of(), options, options.layout(), null);
        new DeckWriter(store).write(new DeckImport(DECK, DECK + ".txt", "sha-" + cards.size(), read, resolved()));
    }

    /** The same content as the quiz reads it from the graph. */
    public StudyMaterial material() {
        Map<String, List<StudyMaterial.Definition>> defs = new LinkedHashMap<>();
        definitions.forEach(d -> defs.computeIfAbsent(d.concept(), k -> new ArrayList<>())
                .add(new StudyMaterial.Definition(d.text(), cardId(d.card()), DECK)));
        List<StudyMaterial.Concept> cs = concepts.values().stream()
                .map(c -> new StudyMaterial.Concept(
                        c.id(), c.name(), c.aliases(), defs.getOrDefault(c.key(), List.of()), List.of()))
                .toList();
        List<StudyMaterial.Link> links = relations.stream()
                .map(r -> new StudyMaterial.Link(
                        r.type().name(),
                        concepts.get(r.from()).id(),
                        concepts.get(r.to()).id(),
                        r.order(),
                        cardId(r.card()),
                        DECK))
                .toList();
        return new StudyMaterial("fixture", cs, links);
    }

    public static String id(String name) {
        return Keys.id(Keys.key(name));
    }
}
