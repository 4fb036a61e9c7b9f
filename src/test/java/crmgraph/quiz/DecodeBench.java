package crmgraph.quiz;

import crmgraph.Config;
import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.StoredQuizItems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Dev tool: how long the stored item chunks of a store take to decode, one thread, three rounds. */
public final class DecodeBench {

    private DecodeBench() {}

    /** The chunk as the rule keeping only confusable wrong names (and a list's first members) would store it. */
    private static StoredQuizItems.Chunk closeOnly(StoredQuizItems.Chunk c) {
        List<ItemCodec.Keyed> topics = ItemCodec.decodeChunk(c.items()).orElseThrow().stream()
                .map(k -> new ItemCodec.Keyed(
                        k.key(), k.items().stream().map(DecodeBench::closeOnly).toList()))
                .toList();
        return new StoredQuizItems.Chunk(c.id(), c.keys(), ItemCodec.encodeChunk(topics));
    }

    private static QuizItem closeOnly(QuizItem item) {
        if (!(item instanceof TermCloze t)) {
            return item;
        }
        List<String> wrong = t.key().wrong();
        List<String> kept = java.util.stream.Stream.concat(
                        wrong.stream().limit(ListItems.MAX_MEMBERS),
                        wrong.stream()
                                .filter(w -> AnswerChecker.confusable(t.key().answer(), w)))
                .distinct()
                .toList();
        return new TermCloze(
                t.id(), t.prompt(), new AnswerKey(t.key().answer(), t.key().accepted(), kept), t.source());
    }

    public static void main(String[] args) {
        try (GraphStore store = GraphStore.open(Config.fromEnvironment(Path.of(args[0]), Map.of()))) {
            StoredQuizItems stored = new QuizQueries(store).stored();
            List<StoredQuizItems.Chunk> chunks = stored.read(stored.keys().keySet());
            long bytes = chunks.stream().mapToLong(c -> c.items().length).sum();
            if (args.length > 1) {
                chunks = chunks.stream().map(DecodeBench::closeOnly).toList();
                bytes = chunks.stream().mapToLong(c -> c.items().length).sum();
            }
            for (int round = 0; round < 3; round++) {
                long t = System.nanoTime();
                long items = 0;
                long wrong = 0;
                for (StoredQuizItems.Chunk c : chunks) {
                    for (ItemCodec.Keyed k : ItemCodec.decodeChunk(c.items()).orElseThrow()) {
                        items += k.items().size();
                        wrong += k.items().stream()
                                .mapToLong(i -> i.key().wrong().size())
                                .sum();
                    }
                }
                System.out.printf(
                        "%d chunks, %,d bytes, %,d items, %,d wrong names: %.2f s%n",
                        chunks.size(), bytes, items, wrong, (System.nanoTime() - t) / 1e9);
            }
        }
        System.exit(0);
    }
}
