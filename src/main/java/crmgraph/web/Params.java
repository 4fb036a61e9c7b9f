package crmgraph.web;

import crmgraph.CrmgraphException;
import crmgraph.app.ReadChoice;
import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Query and form parameters read with bounds; a bad value is the client's error (400), not a crash. */
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

    /**
     * The reading asked for in a form ({@code layout}, {@code skipLines}); a field left out or blank
     * was not asked for. A layout or number the reader does not take is the client's error (400).
     */
    static ReadChoice readChoice(Context ctx) {
        Optional<String> layout = form(ctx, "layout");
        Optional<String> skip = form(ctx, "skipLines");
        Optional<Layout> chosen = layout.map(l -> Layout.fromOption(l).orElseThrow(() -> new CrmgraphException(
                "'" + l + "' is not a layout: choose one of " + Arrays.stream(Layout.values()).map(Layout::option)
                        .collect(Collectors.joining(", ")))));
        OptionalInt lines = OptionalInt.empty();
        if (skip.isPresent()) {
            try {
                lines = OptionalInt.of(new ReadOptions(Layout.AUTO, Integer.parseInt(skip.get())).skipLines());
            } catch (NumberFormatException e) {
                throw new CrmgraphException("lines to skip must be a whole number, not '" + skip.get() + "'");
            } catch (IllegalArgumentException e) {
                throw new CrmgraphException(e.getMessage());
            }
        }
        return new ReadChoice(chosen, lines);
    }

    private static Optional<String> form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
