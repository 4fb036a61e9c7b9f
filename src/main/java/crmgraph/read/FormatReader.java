package crmgraph.read;

import java.util.List;

/** One input format: how well a file fits it, and how to cut a file of that format into cards. */
sealed interface FormatReader
        permits QaReader,
                DelimitedReader,
                MarkdownReader,
                OutlineReader,
                LineCardReader,
                SlideDeckReader,
                SpacedRepetitionReader {

    /** A short name for the format, shown in the import report. */
    String format();

    /** How much of the file has this format's shape, 0 (none) to 1 (all of it). */
    double fit(List<SourceLine> lines);

    /**
     * Cuts the lines into cards; lines it does not place are left for the collector to report.
     * {@code layout} is the student's choice for plain-line decks ({@link Layout#AUTO} to decide).
     */
    void read(List<SourceLine> lines, Layout layout, CardCollector out);
}
