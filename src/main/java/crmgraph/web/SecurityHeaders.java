package crmgraph.web;

import io.javalin.http.Context;

/**
 * Headers on every response: a Content-Security-Policy that allows scripts, styles and requests
 * from this server only (no inline script, no CDN), and no framing or MIME sniffing.
 */
public final class SecurityHeaders {

    public static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
