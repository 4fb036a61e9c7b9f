package crmgraph.pipeline;

import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import crmgraph.read.Separators;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the student said about how to read the files of one import, option by option ({@code
 * import --layout … --skip-lines … --separator …}, the import page). What they did not say comes
 * from what each deck remembers from its last import, else the reader decides.
 *
 * @param separators the separators said, if they were: given ones, or {@link SeparatorChoice#FIND} to
 *                   let the reader find them again
 */
public record ReadChoice(Optional<Layout> layout, OptionalInt skipLines, Optional<SeparatorChoice> separators) {

    /** Nothing said: every deck is read as it was last time. */
    public static final ReadChoice NONE = new ReadChoice(Optional.empty(), OptionalInt.empty(), Optional.empty());

    /** Layout and lines to skip said, separators not. */
    public ReadChoice(Optional<Layout> layout, OptionalInt skipLines) {
        this(layout, skipLines, Optional.empty());
    }

    /** Every option said (the import page sends them all). */
    public static ReadChoice of(ReadOptions options) {
        return new ReadChoice(
                Optional.of(options.layout()),
                OptionalInt.of(options.skipLines()),
                Optional.of(new SeparatorChoice(options.separators())));
    }

    /** The options to read a deck with, given what it remembers ({@link ReadOptions#AUTO} for a new deck). */
    public ReadOptions over(ReadOptions remembered) {
        Separators chosen = separators.isPresent() ? separators.get().separators() : remembered.separators();
        return new ReadOptions(layout.orElse(remembered.layout()), skipLines.orElse(remembered.skipLines()), chosen);
    }

    /**
     * Separators said out loud.
     *
     * @param separators the separators to read exports with, or null to let the reader find them
     */
    public record SeparatorChoice(Separators separators) {

        /** "auto": the reader finds the separators again, whatever the deck remembers. */
        public static final SeparatorChoice FIND = new SeparatorChoice(null);
    }
}
