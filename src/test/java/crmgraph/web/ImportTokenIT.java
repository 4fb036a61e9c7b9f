package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crmgraph.app.App;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who may import through the web: the admin token when set, otherwise this machine only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTokenIT {

    private static final String DECK =
            "Net promoter score\tHow likely customers are to recommend the firm, from 0 to 10.";

    @BeforeAll
    void data() {
        WebData.load(TestGraph.store());
    }

    private static void with(Optional<String> token, String host, Consumer<Integer> test) {
        Javalin app = App.create(TestGraph.store(), token).start(host, 0);
        try {
            test.accept(app.port());
        } finally {
            app.stop();
        }
    }

    @Test
    void with_a_token_set_previews_and_imports_need_the_token() {
        with(Optional.of("s3cret-token"), "127.0.0.1", port -> {
            Http http = Http.local(port);
            assertThat(http.get("/import").body()).contains("<label for=\"import-token\">Admin token</label>");
            HttpResponse<String> none = http.multipart("/import/preview", Map.of("text", DECK), null, null, Map.of());
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.body()).contains("admin token");
            HttpResponse<String> wrong =
                    http.multipart("/import/preview", Map.of("text", DECK, "token", "guess"), null, null, Map.of());
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> right = http.multipart(
                    "/import/preview", Map.of("text", DECK, "token", "s3cret-token"), null, null, Map.of());
            assertThat(right.statusCode()).isEqualTo(200);
            String pending = Http.pendingId(right.body());
            assertThat(http.form("/import", Map.of("pending", pending), Map.of())
                            .statusCode())
                    .isEqualTo(401);
            assertThat(http.form("/import", Map.of("pending", pending, "token", "s3cret-token"), Map.of())
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> header = http.multipart(
                    "/import/preview",
                    Map.of("text", DECK),
                    null,
                    null,
                    Map.of(ImportGate.TOKEN_HEADER, "s3cret-token"));
            assertThat(header.statusCode()).isEqualTo(200);
        });
    }

    @Test
    void from_another_machine_without_a_token_import_is_off() {
        String address = siteAddress();
        with(Optional.empty(), "0.0.0.0", port -> {
            Http remote = new Http("http://" + address + ":" + port);
            HttpResponse<String> form = remote.get("/import");
            assertThat(form.statusCode()).isEqualTo(403);
            assertThat(form.body()).contains("CRMGRAPH_ADMIN_TOKEN").doesNotContain("name=\"text\"");
            assertThat(remote.multipart("/import/preview", Map.of("text", DECK), null, null, Map.of())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(remote.multipart(
                                    "/import/preview",
                                    Map.of("text", DECK),
                                    null,
                                    null,
                                    Map.of("X-Forwarded-For", "127.0.0.1"))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(remote.get("/").statusCode()).isEqualTo(200);
            assertThat(Http.local(port)
                            .multipart("/import/preview", Map.of("text", DECK), null, null, Map.of())
                            .statusCode())
                    .isEqualTo(200);
        });
        with(Optional.of("another-token"), "0.0.0.0", port -> {
            Http remote = new Http("http://" + address + ":" + port);
            assertThat(remote.multipart(
                                    "/import/preview",
                                    Map.of("text", DECK, "token", "another-token"),
                                    null,
                                    null,
                                    Map.of())
                            .statusCode())
                    .isEqualTo(200);
        });
    }

    /** A non-loopback IPv4 address of this machine, so requests arrive from somewhere other than loopback. */
    private static String siteAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // fall through to the skip below
        }
        assumeTrue(false, "this machine has no non-loopback IPv4 address to test remote requests from");
        return "";
    }
}
