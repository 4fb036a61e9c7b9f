package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.pipeline.ReadChoice;
import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import crmgraph.read.Separators;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Query and form parameters read with bounds; a bad value is the client's error (400), not a crash. */
final class Params {

    /** Longer than any separator a flashcard site writes; the field is stored with the deck. */
    static final int MAX_SEPARATOR_CHARS = 40;

    private Params() {}

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
            throw new BadInputException(name + " must be a whole number from " + min + " to " + max);
        }
    }

    /**
     * The reading asked for in a form ({@code layout}, {@code skipLines}, {@code separator},
     * {@code cardSeparator}); a layout or number left out or blank was not asked for, and neither
     * were separators left out. A layout, number or separators the reader does not take are the
     * client's error (400).
     */
    static ReadChoice readChoice(Context ctx) {
        Optional<String> layout = form(ctx, "layout");
        Optional<String> skip = form(ctx, "skipLines");
        Optional<Layout> chosen = layout.map(l -> Layout.fromOption(l)
                .orElseThrow(() -> new BadInputException("'" + l + "' is not a layout: choose one of "
                        + Arrays.stream(Layout.values()).map(Layout::option).collect(Collectors.joining(", ")))));
        OptionalInt lines = OptionalInt.empty();
        if (skip.isPresent()) {
            try {
                lines = OptionalInt.of(new ReadOptions(Layout.AUTO, Integer.parseInt(skip.get())).skipLines());
            } catch (NumberFormatException e) {
                throw new BadInputException("lines to skip must be a whole number, not '" + skip.get() + "'");
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return new ReadChoice(chosen, lines, separators(ctx));
    }

    /**
     * The separators in a form, kept as typed (" - " is not "-"): both fields left out, not said;
     * between term and definition empty or {@code auto}, found by the reader (the field between
     * cards empty or {@code new line} too); between cards empty, one card per line.
     */
    static Optional<ReadChoice.SeparatorChoice> separators(Context ctx) {
        String field = ctx.formParam("separator");
        String row = ctx.formParam("cardSeparator");
        if (field == null && row == null) {
            return Optional.empty();
        }
        if (field != null && field.length() > MAX_SEPARATOR_CHARS
                || row != null && row.length() > MAX_SEPARATOR_CHARS) {
            throw new BadInputException("a separator may be at most " + MAX_SEPARATOR_CHARS + " characters long");
        }
        boolean rowBlank = row == null || row.isBlank();
        if (field == null || field.isBlank() || field.strip().equalsIgnoreCase("auto")) {
            if (!rowBlank
                    && !Separators.parse(row).equals(Separators.NEW_LINE)
                    && !row.strip().equalsIgnoreCase("auto")) {
                throw new BadInputException("give the separator between term and definition too, or leave both empty"
                        + " to let the reader find them");
            }
            return Optional.of(ReadChoice.SeparatorChoice.FIND);
        }
        try {
            return Optional.of(new ReadChoice.SeparatorChoice(
                    new Separators(Separators.parse(field), rowBlank ? Separators.NEW_LINE : Separators.parse(row))));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static Optional<String> form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
