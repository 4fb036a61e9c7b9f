package crmgraph.app;

import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the student said about how to read the files of one import, option by option ({@code
 * import --layout … --skip-lines …}, the import page). What they did not say comes from what each
 * deck remembers from its last import, else the reader decides.
 */
public record ReadChoice(Optional<Layout> layout, OptionalInt skipLines) {

    /** Nothing said: every deck is read as it was last time. */
    public static final ReadChoice NONE = new ReadChoice(Optional.empty(), OptionalInt.empty());

    /** Both options said (the import page sends both). */
    public static ReadChoice of(ReadOptions options) {
        return new ReadChoice(Optional.of(options.layout()), OptionalInt.of(options.skipLines()));
    }

    /** The options to read a deck with, given what it remembers ({@link ReadOptions#AUTO} for a new deck). */
    public ReadOptions over(ReadOptions remembered) {
        return new ReadOptions(layout.orElse(remembered.layout()), skipLines.orElse(remembered.skipLines()));
    }
}
