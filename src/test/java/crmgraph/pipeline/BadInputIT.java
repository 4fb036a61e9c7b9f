package crmgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.DeckQueries;
import crmgraph.graph.GraphStats;
import crmgraph.testing.BadDecks;
import crmgraph.testing.CliRun;
import crmgraph.testing.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A folder of every kind of bad input imported at once, through the pipeline and through the
 * command line: each bad file is named with its line, the good and the merely awkward files land,
 * and nothing of a refused file is written.
 */
class BadInputIT {

    /** Files refused as a whole, with the start of the message that names them. */
    private static final Map<String, String> REFUSED = Map.of(
            "empty.txt", "empty.txt: line 1: the file is empty",
            "blank.txt", "blank.txt: line 1: the file is empty",
            "binary.txt", "binary.txt: line 1: not a text file",
            "at-limit.txt", "at-limit.txt: line 1: not a text file",
            "over-limit.txt", "over-limit.txt: line 1: file is larger than 50 MB",
            "furniture.txt", "furniture.txt: lines 1\u2013");
    /** Files that land, with how many cards each must give. */
    private static final Map<String, Integer> LANDED = Map.ofEntries(
            Map.entry(BadDecks.GOOD, 2),
            Map.entry("long-line.tsv", 2),
            Map.entry("invalid-utf8.txt", 3),
            Map.entry("utf16-bom.txt", 2),
            Map.entry("windows-1252.txt", 2),
            Map.entry("crlf.tsv", 2),
            Map.entry("lone-cr.tsv", 2),
            Map.entry("tabs-nbsp.md", 2),
            Map.entry("deep-bullets.txt", 1),
            Map.entry("hostile.tsv", 4));

    @Test
    void the_pipeline_names_each_bad_file_and_line_and_imports_the_rest() {
        TestGraph.wipe();
        Path dir = BadDecks.write("pipeline");
        ImportReport report = Pipeline.importer(TestGraph.store()).importPaths(List.of(dir));

        Map<String, String> failures = report.failures().stream()
                .collect(Collectors.toMap(ImportReport.Failure::source, ImportReport.Failure::message));
        assertThat(failures).containsOnlyKeys(REFUSED.keySet());
        REFUSED.forEach((file, message) ->
                assertThat(failures.get(file)).as(file).startsWith(message).doesNotContain(dir.toString()));

        Map<String, ImportReport.DeckLine> decks =
                report.decks().stream().collect(Collectors.toMap(ImportReport.DeckLine::source, d -> d));
        assertThat(decks).containsOnlyKeys(LANDED.keySet());
        LANDED.forEach(
                (file, cards) -> assertThat(decks.get(file).cards()).as(file).isEqualTo(cards));
        assertThat(decks.get("long-line.tsv").warnings())
                .singleElement()
                .asString()
                .startsWith("long-line.tsv: line 2: 100000 characters");
        assertThat(decks.get("invalid-utf8.txt").warnings())
                .singleElement()
                .asString()
                .startsWith("invalid-utf8.txt: line 3: bytes that are not valid UTF-8");

        GraphStats stats = GraphStats.of(TestGraph.store());
        assertThat(stats.decks()).isEqualTo(LANDED.size());
        assertThat(stats.cards())
                .isEqualTo(LANDED.values().stream().mapToInt(Integer::intValue).sum());
        DeckQueries queries = new DeckQueries(TestGraph.store());
        assertThat(queries.list()).extracting(d -> d.source()).doesNotContainAnyElementsOf(REFUSED.keySet());
    }

    @Test
    void refusing_an_emptied_file_keeps_its_earlier_version() throws Exception {
        TestGraph.wipe();
        Path dir = BadDecks.write("emptied");
        Path good = dir.resolve(BadDecks.GOOD);
        Importer importer = Pipeline.importer(TestGraph.store());
        assertThat(importer.importPaths(List.of(good)).decks()).hasSize(1);
        java.nio.file.Files.write(good, new byte[0]);
        ImportReport again = importer.importPaths(List.of(good));
        assertThat(again.failures())
                .singleElement()
                .extracting(ImportReport.Failure::message)
                .asString()
                .startsWith("good.tsv: line 1: the file is empty");
        assertThat(GraphStats.of(TestGraph.store()).cards()).isEqualTo(2);
    }

    @Test
    void the_command_line_prints_one_line_per_bad_file_imports_the_rest_and_exits_1() {
        Path dir = BadDecks.write("cli");
        Path data = TestGraph.newDataDir("bad-input-cli");
        CliRun run = CliRun.of("import", dir.toString(), "--data", data.toString());
        assertThat(run.code()).isEqualTo(1);
        List<String> errors =
                run.err().lines().filter(l -> l.startsWith("crmgraph: ")).toList();
        assertThat(errors).hasSize(REFUSED.size());
        REFUSED.values()
                .forEach(m -> assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("crmgraph: " + m)));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        LANDED.forEach((file, cards) ->
                assertThat(run.out()).contains("imported " + file + ": format").contains(file));
        assertThat(run.out())
                .contains("  warning: long-line.tsv: line 2: 100000 characters long")
                .contains("  warning: invalid-utf8.txt: line 3: bytes that are not valid UTF-8")
                .contains("graph: " + LANDED.size() + " decks, "
                        + LANDED.values().stream().mapToInt(Integer::intValue).sum() + " cards");
    }
}
