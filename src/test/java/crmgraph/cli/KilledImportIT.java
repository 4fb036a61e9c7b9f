package crmgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.Config;
import crmgraph.bench.CorpusGenerator;
import crmgraph.graph.GraphStore;
import crmgraph.pipeline.Importer;
import crmgraph.pipeline.Pipeline;
import crmgraph.read.DeckReader;
import crmgraph.testing.CliProcess;
import crmgraph.testing.TestGraph;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An import killed with SIGKILL half way leaves every deck either fully as it was or fully new,
 * and the store opens again after the crash, with the searchable text of the concepts repaired.
 */
class KilledImportIT {

    @Test
    void a_killed_import_leaves_each_deck_fully_old_or_fully_new() throws Exception {
        Path data = TestGraph.newDataDir("killed");
        Path corpus = TestGraph.newDataDir("killed-corpus");
        List<Path> oldFiles = new CorpusGenerator(1, 300).write(corpus, 6000, 500);
        Map<String, String> oldSha = fingerprints(oldFiles);
        Map<String, Integer> cardCounts = cardCounts(oldFiles);
        try (GraphStore store = GraphStore.open(Config.fromEnvironment(data, Map.of()))) {
            Pipeline.importer(store).importPaths(List.of(corpus));
        }
        List<Path> newFiles = new CorpusGenerator(2, 300).write(corpus, 6000, 400);
        Map<String, String> newSha = fingerprints(newFiles);
        cardCounts.putAll(cardCounts(newFiles));

        Process importing = new ProcessBuilder(
                        CliProcess.command("import", corpus.toString(), "--data", data.toString()))
                .redirectErrorStream(true)
                .start();
        waitForFirstDeck(importing);
        importing.destroyForcibly(); // SIGKILL, between two deck transactions or inside one
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (GraphStore store = GraphStore.open(Config.fromEnvironment(data, Map.of()))) {
            var decks = store.driver()
                    .executableQuery("""
                    MATCH (d:Deck) OPTIONAL MATCH (d)-[:HAS_CARD]->(c:Card)
                    RETURN d.source AS source, d.sha256 AS sha, d.cardCount AS declared, count(c) AS cards""")
                    .withConfig(store.reads())
                    .execute()
                    .records();
            long fullyNew = decks.stream()
                    .filter(d -> d.get("sha")
                            .asString()
                            .equals(newSha.get(d.get("source").asString())))
                    .count();
            assertThat(fullyNew).as("decks written before the kill").isBetween(1L, (long) newFiles.size() - 1);
            assertThat(decks).isNotEmpty().allSatisfy(d -> {
                String source = d.get("source").asString();
                String sha = d.get("sha").asString();
                assertThat(sha).as(source).isIn(oldSha.get(source), newSha.get(source));
                assertThat(d.get("cards").asInt())
                        .as(source)
                        .isEqualTo(d.get("declared").asInt());
                assertThat(d.get("cards").asInt()).as(source).isEqualTo(cardCounts.get(sha));
            });
            var text = store.driver()
                    .executableQuery("""
                    MATCH (c:Concept)
                    RETURN count(c) AS concepts, count(CASE WHEN c:StaleText THEN 1 END) AS stale,
                           count(CASE WHEN coalesce(c.definitionCount, -1) <> COUNT { ()-[:DEFINES]->(c) } THEN 1 END) AS miscounted""")
                    .withConfig(store.reads())
                    .execute()
                    .records()
                    .get(0);
            assertThat(text.get("concepts").asInt()).isPositive();
            assertThat(text.get("stale").asInt())
                    .as("concepts whose searchable text the kill left stale")
                    .isZero();
            assertThat(text.get("miscounted").asInt())
                    .as("concepts whose definition count the kill left stale")
                    .isZero();
        }
    }

    /** Import prints each deck as it is written: kill right after the first of fifteen. */
    private static void waitForFirstDeck(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("imported ")) {
                return;
            }
        }
        throw new AssertionError("the import ended before writing a deck");
    }

    /** Cards per version of a file (by its hash), as the reader cuts it. */
    private static Map<String, Integer> cardCounts(List<Path> files) {
        Map<String, Integer> counts = new HashMap<>();
        for (Path f : files) {
            Importer.SourceText text = Importer.SourceText.load(f);
            counts.put(
                    text.sha256(),
                    new DeckReader().read(text.name(), text.text()).cards().size());
        }
        return counts;
    }

    private static Map<String, String> fingerprints(List<Path> files) {
        Map<String, String> sha = new HashMap<>();
        files.forEach(f ->
                sha.put(f.getFileName().toString(), Importer.SourceText.load(f).sha256()));
        return sha;
    }
}
