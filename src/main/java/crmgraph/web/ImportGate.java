package crmgraph.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may import through the web. With {@code CRMGRAPH_ADMIN_TOKEN} set, whoever gives the token;
 * without it, only requests from this machine (loopback), and only while the server listens on
 * loopback alone: a server listening beyond loopback without a token imports nothing through the
 * web (a reverse proxy on the same machine would otherwise make every remote client look local).
 * Form posts from other sites are refused either way, so a page elsewhere cannot import into a
 * local crmgraph behind the user's back.
 */
public final class ImportGate {

    public static final String TOKEN_FIELD = "token";
    public static final String TOKEN_HEADER = "X-Crmgraph-Token";

    private final Optional<String> token;
    private final boolean exposed;

    /** A gate for a server listening on loopback only. */
    public ImportGate(Optional<String> token) {
        this(token, false);
    }

    /** {@code exposed}: the server listens beyond loopback (e.g. on 0.0.0.0). */
    public ImportGate(Optional<String> token, boolean exposed) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
        this.exposed = exposed;
    }

    /** Whether a server listening on {@code host} reaches beyond this machine. */
    public static boolean beyondLoopback(String host) {
        return !loopback(host);
    }

    /** Whether this client may import, and if not, why (with the HTTP status to answer). */
    public sealed interface Access permits Open, NeedsToken, Refused {
        default boolean allowed() {
            return this instanceof Open;
        }
    }

    public record Open() implements Access {}

    public record NeedsToken(String message) implements Access {}

    public record Refused(String message) implements Access {}

    public boolean tokenRequired() {
        return token.isPresent();
    }

    /** Whether the page may offer the import form to this client at all. */
    public Access formAccess(Context ctx) {
        if (token.isPresent() || (!exposed && loopback(ctx.ip()))) {
            return new Open();
        }
        return remoteWithoutToken();
    }

    /** Whether this request may preview or import. */
    public Access check(Context ctx) {
        if (!sameOrigin(ctx)) {
            return new Refused("import forms must be sent from this site's own pages");
        }
        if (token.isPresent()) {
            String given = Optional.ofNullable(ctx.formParam(TOKEN_FIELD)).orElse(ctx.header(TOKEN_HEADER));
            return given != null && matches(given.strip())
                    ? new Open()
                    : new NeedsToken(
                            "importing needs the admin token (CRMGRAPH_ADMIN_TOKEN): enter it in the token field");
        }
        return !exposed && loopback(ctx.ip()) ? new Open() : remoteWithoutToken();
    }

    private Refused remoteWithoutToken() {
        return new Refused(
                exposed
                        ? "importing through the web is off: this server listens beyond this machine, so start it with CRMGRAPH_ADMIN_TOKEN set to allow it"
                        : "importing from another machine is off: start crmgraph with CRMGRAPH_ADMIN_TOKEN set to allow it");
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), token.orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    static boolean loopback(String ip) {
        try {
            return ip != null
                    && InetAddress.getByName(ip.replaceAll("^\\[|]$", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A browser names the page a form came from in Origin; when it does, it must be this host. */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = ctx.header("Host");
            String originHost = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
