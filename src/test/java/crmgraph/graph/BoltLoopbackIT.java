package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import crmgraph.CrmgraphException;
import crmgraph.testing.TestGraph;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The embedded store has no authentication, so its Bolt port must answer on loopback only. */
class BoltLoopbackIT {

    @Test
    void the_bolt_port_answers_on_loopback_and_not_on_the_machines_network_address() throws IOException {
        int port = URI.create(TestGraph.store().embeddedBoltUri().orElseThrow()).getPort();
        assertThat(reachable("127.0.0.1", port)).isTrue();
        Optional<String> site = siteAddress();
        assumeThat(site).as("this machine has no non-loopback IPv4 address").isPresent();
        assertThat(reachable(site.get(), port))
                .as("Bolt on " + site.get() + ":" + port)
                .isFalse();
    }

    @Test
    void the_embedded_store_sends_no_usage_report() throws IOException {
        java.nio.file.Path log = java.nio.file.Path.of(TestGraph.store().location(), "logs", "debug.log");
        assertThat(log).exists();
        assertThat(java.nio.file.Files.readString(log))
                .contains("Bolt server started")
                .doesNotContain("Usage Data is being sent");
    }

    @Test
    void a_store_that_would_listen_beyond_loopback_without_authentication_is_refused() {
        EmbeddedNeo4j.requireLoopback("127.0.0.1");
        EmbeddedNeo4j.requireLoopback("localhost");
        EmbeddedNeo4j.requireLoopback("::1");
        for (String host : new String[] {"0.0.0.0", "::", "192.0.2.10", null}) {
            assertThatThrownBy(() -> EmbeddedNeo4j.requireLoopback(host))
                    .isInstanceOf(CrmgraphException.class)
                    .hasMessageContaining("without authentication");
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> siteAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
