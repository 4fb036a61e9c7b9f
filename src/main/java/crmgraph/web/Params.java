package crmgraph.web;

import crmgraph.CrmgraphException;
import io.javalin.http.Context;

import java.util.Optional;

/** Query parameters read with bounds; a bad value is the client's error (400), not a crash. */
final class Params {

    private Params() {
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CrmgraphException(name + " must be a whole number from " + min + " to " + max);
        }
    }

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
