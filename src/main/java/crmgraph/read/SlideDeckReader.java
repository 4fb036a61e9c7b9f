package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Slides exported to text (PowerPoint's or Keynote's outline, a PDF of slides copied out): a
 * "Slide 7" line, the slide's title on the line after it, its bullets, and lines of speaker notes.
 * Read as notes, line for line: each title is a section heading over its slide, the slide
 * numbers are furniture, a "Speaker notes:" label is dropped and its text read as a paragraph of
 * the slide.
 */
final class SlideDeckReader implements FormatReader {

    private static final Pattern SLIDE = Pattern.compile(
            "^\\s*(?:slide|folie|diapositive)\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s*[:.]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTES_LABEL =
            Pattern.compile("^\\s*(?:speaker\\s+)?notes\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[\u2022\u25AA\u25E6\u25CF\u2013o]\\s+");
    /** Slide markers needed before a file is taken for slides. */
    private static final int MIN_SLIDES = 3;

    @Override
    public String format() {
        return "slides";
    }

    /** Above every other reading when three or more slide markers stand alone on their lines. */
    @Override
    public double fit(List<SourceLine> lines) {
        long slides =
                lines.stream().filter(l -> SLIDE.matcher(l.text()).matches()).count();
        return slides >= MIN_SLIDES ? 0.99 : 0;
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        List<SourceLine> markdown = new ArrayList<>(lines.size());
        boolean titleNext = false;
        boolean beforeSlides = true;
        for (SourceLine l : lines) {
            if (beforeSlides && !l.blank() && !SLIDE.matcher(l.text()).matches()) {
                // the deck's own title above its first slide
                markdown.add(new SourceLine(l.number(), "# " + l.stripped()));
                beforeSlides = false;
            } else if (SLIDE.matcher(l.text()).matches()) {
                beforeSlides = false;
                out.furniture(l);
                markdown.add(new SourceLine(l.number(), ""));
                titleNext = true;
            } else if (titleNext && !l.blank()) {
                markdown.add(new SourceLine(l.number(), "## " + l.stripped()));
                titleNext = false;
            } else if (NOTES_LABEL.matcher(l.text()).find()) {
                // the notes are the slide's own paragraph, apart from its bullets
                markdown.add(new SourceLine(
                        l.number(), "> " + NOTES_LABEL.matcher(l.text()).replaceFirst("")));
            } else {
                markdown.add(new SourceLine(l.number(), BULLET.matcher(l.text()).replaceFirst("$1- ")));
            }
        }
        MarkdownReader.notes(markdown, markdown, out);
    }
}
