package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.app.App;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The import endpoints' limits: size (413), rate (429), and a server exposed without a token. */
class ImportLimitsIT {

    private static final String DECK = "Win-back campaign\tAn effort to bring lapsed customers back.";

    @Test
    void text_over_5_mb_and_documents_over_50_mb_are_a_clean_413() {
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            byte[] file = new byte[ImportHandlers.MAX_BYTES + 1];
            Arrays.fill(file, (byte) 'a');
            HttpResponse<String> overFile =
                    http.multipart("/import/preview", Map.of("text", ""), "big.txt", file, Map.of());
            assertThat(overFile.statusCode()).isEqualTo(413);
            assertThat(overFile.body())
                    .contains("big.txt: the file is larger than 5 MB")
                    .doesNotContain("Exception");
            HttpResponse<String> overText = http.multipart(
                    "/import/preview", Map.of("text", "b".repeat(ImportHandlers.MAX_BYTES + 1)), null, null, Map.of());
            assertThat(overText.statusCode()).isEqualTo(413);
            assertThat(overText.body()).contains("larger than 5 MB");
            byte[] slides = new byte[ImportHandlers.MAX_DOCUMENT_BYTES + 1];
            HttpResponse<String> overDocument =
                    http.multipart("/import/preview", Map.of("text", ""), "slides.pdf", slides, Map.of());
            assertThat(overDocument.statusCode()).isEqualTo(413);
            assertThat(overDocument.body())
                    .contains("slides.pdf: the file is larger than 50 MB")
                    .doesNotContain("Exception");
            byte[] request = new byte[ImportHandlers.MAX_REQUEST_BYTES + 10];
            Arrays.fill(request, (byte) 'c');
            // A request declaring more than the limit is answered 413 before its body is read; the
            // server then closes the connection, and a client still writing the body may lose that
            // answer (a race of HTTP/1.1 itself). Either way it is refused and the server serves on.
            refusedOrTooLarge(() -> http.multipart("/import/preview", Map.of(), "huge.txt", request, Map.of()));
            assertThat(http.get("/import").statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    private static void refusedOrTooLarge(java.util.function.Supplier<HttpResponse<String>> post) {
        HttpResponse<String> answer;
        try {
            answer = post.get();
        } catch (AssertionError e) {
            assertThat(e).hasCauseInstanceOf(java.io.IOException.class);
            return;
        }
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void a_client_posting_imports_in_a_loop_gets_429_with_retry_after() {
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            int ok = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < ImportRateLimit.BURST + 3; i++) {
                last = http.multipart("/import/preview", Map.of("text", DECK), null, null, Map.of());
                if (last.statusCode() == 200) {
                    ok++;
                }
            }
            assertThat(ok).isEqualTo(ImportRateLimit.BURST);
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
            assertThat(last.body()).contains("too many imports").doesNotContain("Exception");
            assertThat(http.form("/import", Map.of("pending", "0"), Map.of()).statusCode())
                    .isEqualTo(429);
            assertThat(http.get("/import").statusCode())
                    .as("browsing is not limited")
                    .isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void a_server_listening_beyond_loopback_without_a_token_refuses_web_import_even_from_this_machine() {
        Javalin app = App.create(TestGraph.store(), Optional.empty(), true).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            HttpResponse<String> form = http.get("/import");
            assertThat(form.statusCode()).isEqualTo(403);
            assertThat(form.body()).contains("CRMGRAPH_ADMIN_TOKEN").doesNotContain("name=\"text\"");
            assertThat(http.multipart("/import/preview", Map.of("text", DECK), null, null, Map.of())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(http.form("/import", Map.of("pending", "0"), Map.of()).statusCode())
                    .isEqualTo(403);
        } finally {
            app.stop();
        }
        Javalin withToken =
                App.create(TestGraph.store(), Optional.of("class-token"), true).start("127.0.0.1", 0);
        try {
            HttpResponse<String> r = Http.local(withToken.port())
                    .multipart("/import/preview", Map.of("text", DECK, "token", "class-token"), null, null, Map.of());
            assertThat(r.statusCode()).isEqualTo(200);
        } finally {
            withToken.stop();
        }
    }

    @Test
    void hosts_beyond_loopback_are_recognised() {
        assertThat(ImportGate.beyondLoopback("127.0.0.1")).isFalse();
        assertThat(ImportGate.beyondLoopback("localhost")).isFalse();
        assertThat(ImportGate.beyondLoopback("::1")).isFalse();
        assertThat(ImportGate.beyondLoopback("0.0.0.0")).isTrue();
        assertThat(ImportGate.beyondLoopback("::")).isTrue();
    }
}
