package crmgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void without_neo4j_uri_the_store_is_embedded_in_the_data_directory() {
        Config config = Config.fromEnvironment(Path.of("data"), Map.of());
        assertThat(config.embedded()).isTrue();
        assertThat(config.dataDir()).isAbsolute().endsWithRaw(Path.of("data"));
        assertThat(config.database()).isEqualTo("neo4j");
        assertThat(config.boltPort()).isZero();
        assertThat(config.adminToken()).isEmpty();
    }

    @Test
    void neo4j_variables_switch_to_an_external_server() {
        Config config = Config.fromEnvironment(
                Path.of("data"),
                Map.of(
                        "NEO4J_URI",
                        "neo4j://db.example:7687",
                        "NEO4J_USER",
                        "reader",
                        "NEO4J_PASSWORD",
                        "pw",
                        "NEO4J_DATABASE",
                        "crm"));
        assertThat(config.embedded()).isFalse();
        assertThat(config.neo4jUri()).hasValue("neo4j://db.example:7687");
        assertThat(config.user()).isEqualTo("reader");
        assertThat(config.database()).isEqualTo("crm");
    }

    @Test
    void blank_variables_count_as_unset_and_a_bad_port_is_named() {
        assertThat(Config.fromEnvironment(Path.of("d"), Map.of("NEO4J_URI", "  "))
                        .embedded())
                .isTrue();
        assertThatThrownBy(() -> Config.fromEnvironment(Path.of("d"), Map.of("CRMGRAPH_BOLT_PORT", "seven")))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageContaining("CRMGRAPH_BOLT_PORT");
    }
}
