package crmgraph.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import crmgraph.Config;
import crmgraph.graph.Export;
import crmgraph.graph.Exporter;
import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.StudyMaterial;
import crmgraph.nlp.English;
import crmgraph.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dev tool for judging quiz items as a lecturer would: imports every file under the given folders
 * into a fresh temporary embedded store, generates all items, picks {@code --n} of them at random
 * with {@code --seed} as a quiz would (one item per list, one per concept before any second), and writes them as JSON with what the student sees, what the checker
 * accepts and where each came from. {@code --n 0} writes every item; {@code --all FILE} writes
 * every item to FILE as well.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat /tmp/items-cp.txt) crmgraph.quiz.ItemSample \
 *     --seed 7 --n 100 --out items.json corpus/dev corpus/heldout
 * </pre>
 */
public final class ItemSample {

    /** One item as judged. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Sampled(
            String id,
            String type,
            String prompt,
            List<String> choices,
            String expected,
            List<String> accepted,
            List<String> refused,
            Origin source) {}

    /** Where an item came from. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Origin(
            String concept, String topic, List<String> definitions, String deck, String cardFront, String cardBack) {}

    /** What the tool was asked. */
    record Options(long seed, int n, Path out, Path all, List<Path> folders) {

        static Options parse(String[] args) {
            long seed = 7;
            int n = 100;
            Path out = Path.of("items.json");
            Path all = null;
            List<Path> folders = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--n" -> n = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--all" -> all = Path.of(args[++i]);
                    default -> folders.add(Path.of(args[i]));
                }
            }
            return new Options(seed, n, out, all, folders);
        }
    }

    private ItemSample() {}

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path data = Files.createTempDirectory("item-sample-");
        try (GraphStore store = GraphStore.open(Config.fromEnvironment(data, Map.of()))) {
            Pipeline.importer(store).importPaths(options.folders());
            StudyMaterial material = new QuizQueries(store).material();
            Lookup lookup = Lookup.of(material, new Exporter(store).export());
            List<QuizItem> items = new ItemGenerator(English.shared()).generate(material);
            List<QuizItem> picked = pick(items, options);
            List<Sampled> sampled = picked.stream().map(i -> sampled(i, lookup)).toList();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(options.out().toFile(), sampled);
            if (options.all() != null) {
                json.writeValue(
                        options.all().toFile(),
                        items.stream().map(i -> sampled(i, lookup)).toList());
            }
            System.out.printf(
                    "%d items %s; wrote %d to %s%n",
                    items.size(),
                    items.stream().collect(Collectors.groupingBy(ItemSample::kind, Collectors.counting())),
                    sampled.size(),
                    options.out());
        }
        System.exit(0);
    }

    private static List<QuizItem> pick(List<QuizItem> items, Options options) {
        if (options.n() <= 0 || options.n() >= items.size()) {
            return items;
        }
        List<QuizItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(options.seed()));
        // Drawn as a quiz draws them: one item per list, and one per concept before any concept's second
        // (QuizPlanner's round robin).
        List<QuizItem> askable = QuizPlanner.oneItemPerList(shuffled, new AskedSoFar());
        java.util.Set<String> asked = new java.util.HashSet<>();
        List<QuizItem> firsts = new ArrayList<>();
        List<QuizItem> seconds = new ArrayList<>();
        askable.forEach(i -> (asked.add(i.source().concept()) ? firsts : seconds).add(i));
        firsts.addAll(seconds);
        return firsts.subList(0, Math.min(options.n(), firsts.size()));
    }

    /** The type with term and keyword clozes told apart. */
    static String kind(QuizItem item) {
        if (item instanceof TermCloze) {
            return "term-cloze";
        }
        return item instanceof KeywordCloze ? "keyword-cloze" : item.type();
    }

    /** Concepts, cards and deck names by id. */
    record Lookup(
            Map<String, StudyMaterial.Concept> concepts, Map<String, Export.Card> cards, Map<String, String> decks) {

        static Lookup of(StudyMaterial material, Export export) {
            return new Lookup(
                    material.concepts().stream()
                            .collect(Collectors.toMap(StudyMaterial.Concept::id, Function.identity())),
                    export.cards().stream().collect(Collectors.toMap(Export.Card::id, Function.identity())),
                    export.decks().stream().collect(Collectors.toMap(Export.Deck::id, Export.Deck::name)));
        }
    }

    private static Sampled sampled(QuizItem item, Lookup lookup) {
        Map<String, StudyMaterial.Concept> concepts = lookup.concepts();
        Map<String, Export.Card> cards = lookup.cards();
        Map<String, String> decks = lookup.decks();
        QuizItem.Source s = item.source();
        StudyMaterial.Concept concept = concepts.get(s.concept());
        List<String> definitions = concept == null
                ? List.of()
                : concept.definitions().stream()
                        .filter(d -> d.card().equals(s.card()))
                        .map(StudyMaterial.Definition::text)
                        .toList();
        StudyMaterial.Concept topic = concepts.get(s.topic());
        Export.Card card = cards.get(s.card());
        Origin origin = new Origin(
                s.conceptName(),
                topic == null || s.topic().equals(s.concept()) ? null : topic.name(),
                definitions,
                decks.getOrDefault(s.deck(), s.deck()),
                card == null ? null : card.front(),
                card == null ? null : card.back());
        return new Sampled(
                item.id(),
                kind(item),
                item.prompt(),
                item.choices(),
                item.key().answer(),
                item.key().accepted(),
                item.key().wrong(),
                origin);
    }
}
