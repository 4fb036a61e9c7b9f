package crmgraph.read;

/**
 * The student's say over how a deck is read: its layout ({@link Layout#AUTO} to let the reader
 * decide), how many lines at the top to skip (a title, a course name), and, for exports with one
 * card per record, what separates a term from its definition and one card from the next.
 * Remembered with the deck, so re-imports and {@code serve}'s scan of notes read it the same way.
 *
 * @param layout     the layout of plain-text decks; other formats ignore it
 * @param skipLines  lines at the top of the file that are not cards (0 to let the reader decide)
 * @param separators the separators of an export, or null to let the reader find them
 */
public record ReadOptions(Layout layout, int skipLines, Separators separators) {

    public static final ReadOptions AUTO = new ReadOptions(Layout.AUTO, 0);
    /** More lines than any title block has; a bigger number is a typing mistake. */
    public static final int MAX_SKIP_LINES = 1000;

    public ReadOptions {
        if (layout == null) {
            throw new IllegalArgumentException("a layout is required (auto to let the reader decide)");
        }
        if (skipLines < 0 || skipLines > MAX_SKIP_LINES) {
            throw new IllegalArgumentException(
                    "lines to skip must be between 0 and " + MAX_SKIP_LINES + ", not " + skipLines);
        }
    }

    public ReadOptions(Layout layout, int skipLines) {
        this(layout, skipLines, null);
    }

    /** True when the reader decides everything itself. */
    public boolean automatic() {
        return layout == Layout.AUTO && skipLines == 0 && separators == null;
    }

    /** The same options with other separators (null: found by the reader). */
    public ReadOptions withSeparators(Separators chosen) {
        return new ReadOptions(layout, skipLines, chosen);
    }

    /** A short, stable description stored with the deck and shown in reports: {@code answer-first, skip 2}. */
    public String describe() {
        return layout.option()
                + (skipLines > 0 ? ", skip " + skipLines : "")
                + (separators == null ? "" : ", " + separators.describe());
    }
}
