package crmgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.Config;
import crmgraph.graph.GraphStore;
import crmgraph.testing.CliProcess;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreLockIT {

    @Test
    void a_second_process_on_the_same_data_directory_gets_a_one_line_error() throws Exception {
        Path data = TestGraph.newDataDir("locked");
        try (GraphStore first = GraphStore.open(Config.fromEnvironment(data, Map.of()))) {
            Process second = new ProcessBuilder(CliProcess.command(
                            "import", Fixtures.fixture("glossary.tsv").toString(), "--data", data.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(second.waitFor(120, TimeUnit.SECONDS))
                    .as("second process ends")
                    .isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(err.lines().filter(l -> l.startsWith("crmgraph:")).toList())
                    .singleElement()
                    .asString()
                    .contains("in use by another crmgraph process");
            assertThat(first.driver()
                            .executableQuery("RETURN 1 AS one")
                            .withConfig(first.reads())
                            .execute()
                            .records()
                            .get(0)
                            .get("one")
                            .asInt())
                    .isEqualTo(1);
        }
    }
}
