package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.Json;
import crmgraph.graph.Exporter;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The three sample decks through the real pipeline, scored by the shared gold standard. */
class SampleScoreIT {

    private static final Pattern SCORE =
            Pattern.compile("SCORE core=([\\d.]+) stretch=([\\d.]+) heldout_core=[\\d.]+ noise=(\\d+) junk=(\\d+)");

    @Test
    void the_sample_decks_score_above_the_quality_bar() throws Exception {
        Path samples = Fixtures.samples();
        Path scorer = Fixtures.scorer();
        TestGraph.wipe();
        ImportReport report = Pipeline.importer(TestGraph.store()).importPaths(List.of(samples));
        assertThat(report.failures()).isEmpty();
        assertThat(report.decks()).allMatch(d -> d.unplaced() == 0);
        Path export = Files.createTempFile(TestGraph.newDataDir("score"), "export", ".json");
        Json.MAPPER.writeValue(export.toFile(), new Exporter(TestGraph.store()).export());

        Process python = new ProcessBuilder("python3", scorer.toString(), export.toString(), "--verbose")
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Matcher m = SCORE.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Double.parseDouble(m.group(1)))
                .as("core, as README says: " + output)
                .isEqualTo(1.0);
        assertThat(Double.parseDouble(m.group(2))).as(output).isGreaterThanOrEqualTo(0.85);
        assertThat(Integer.parseInt(m.group(3))).as(output).isZero();
        assertThat(Integer.parseInt(m.group(4))).as(output).isZero();
    }
}
