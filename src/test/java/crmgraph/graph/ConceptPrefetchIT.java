package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.bench.CorpusGenerator;
import crmgraph.pipeline.Importer.SourceText;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concept pages read ahead for the whole graph, against the same pages read one by one. */
class ConceptPrefetchIT {

    private static final int LIMIT = 100;
    private static GraphStore store;
    private static ConceptQueries live;

    @BeforeAll
    static void importNotesAndAGeneratedCorpus() {
        store = TestGraph.store();
        TestGraph.wipe();
        Path corpus = TestGraph.newDataDir("prefetch-corpus");
        new CorpusGenerator(5, 400).write(corpus, 1500, 500);
        assertThat(Pipeline.importer(store)
                        .importPaths(List.of(Path.of("notes"), corpus))
                        .failures())
                .isEmpty();
        live = new ConceptQueries(store, LIMIT + 1); // reads ahead at another limit: pages at LIMIT are read live
    }

    @Test
    void every_page_read_ahead_in_batches_is_the_page_read_alone() throws Exception {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        ConceptPrefetch prefetch = new ConceptPrefetch(store, LIMIT, ids -> {
            batches.add(ids);
            return live.details(ids, LIMIT);
        });
        prefetch.start().get();
        List<String> ids = batches.stream().flatMap(List::stream).toList();
        assertThat(ids).hasSizeGreaterThan(500).doesNotHaveDuplicates();
        assertThat(batches).hasSizeGreaterThan(1).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(250));
        for (String id : ids) {
            assertThat(prefetch.find(id)).as(id).contains(live.find(id, LIMIT));
        }
        assertThat(prefetch.find("no-such-concept")).contains(Optional.empty());
    }

    @Test
    void pages_read_ahead_so_far_are_served_while_the_rest_are_still_being_read() throws Exception {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ConceptPrefetch prefetch = new ConceptPrefetch(store, LIMIT, ids -> {
            if (!batches.isEmpty()) {
                firstRead.countDown();
                awaitQuietly(goOn);
            }
            batches.add(ids);
            return live.details(ids, LIMIT);
        });
        var reading = prefetch.start();
        assertThat(firstRead.await(30, TimeUnit.SECONDS)).isTrue();
        String readAhead = batches.get(0).get(0);
        assertThat(prefetch.find(readAhead)).contains(live.find(readAhead, LIMIT));
        assertThat(prefetch.find("no-such-concept"))
                .as("not known to be unknown yet")
                .isEmpty();
        goOn.countDown();
        reading.get();
        String readLast = batches.get(batches.size() - 1).get(0);
        assertThat(prefetch.find(readLast)).contains(live.find(readLast, LIMIT));
        assertThat(prefetch.find("no-such-concept")).contains(Optional.empty());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_change_to_the_graph_is_read_live_at_once_and_then_read_ahead_again() throws Exception {
        ConceptQueries concepts = new ConceptQueries(store, LIMIT);
        concepts.awaitPages();
        byte[] deck = "Zymurgical retention: keeping brewers as customers.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Pipeline.importer(store)
                        .importTexts(List.of(SourceText.of("zymurgy-pages.txt", deck)))
                        .failures())
                .isEmpty();
        String id = concepts.search("zymurgical retention", 1).get(0).id();
        assertThat(concepts.find(id, LIMIT)).map(ConceptDetail::name).contains("Zymurgical retention");
        concepts.awaitPages();
        assertThat(concepts.find(id, LIMIT)).isEqualTo(live.find(id, LIMIT));
    }
}
