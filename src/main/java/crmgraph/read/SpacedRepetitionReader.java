package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes written as cards for a spaced-repetition plugin (Obsidian's Spaced Repetition and the apps
 * that read its marks): "front::back" on one line (":::" asks it both ways); a front over a line
 * holding only "?" ("??" both ways) over its back, which runs to the next blank line; a cloze
 * highlighted or braced inside a sentence ("==Share of wallet== is …", "{{…}}"), asked as a gap-fill.
 * The plugin's review records ("&lt;!--SR:!2024-04-11,4,270--&gt;"), deck tags ("#flashcards/crm"),
 * front matter and headings are furniture; a heading names the section of the cards under it.
 * Taken only where the file shows the plugin's marks: two cards over a "?" line, or a review
 * record or deck tag beside two cards of any kind ("term:: value" alone is an outliner's property).
 */
final class SpacedRepetitionReader implements FormatReader {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\?\\??\\s*$");
    private static final Pattern REVIEW = Pattern.compile("<!--\\s*SR:[^>]*-->");
    private static final Pattern TAGS = Pattern.compile("^\\s*#[\\p{L}\\p{N}_/-]+(?:\\s+#[\\p{L}\\p{N}_/-]+)*\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(\\S.*)$");
    /** "front::back" or "front:::back", the front a short name or question, never a link ("https://"). */
    private static final Pattern INLINE = Pattern.compile("^\\s*(?:[-*+]\\s+)?([^:]{1,120}?):::?(?!/)\\s*(\\S.*)$");

    private static final Pattern CLOZE = Pattern.compile("==([^=]{1,80})==|\\{\\{([^{}]{1,80})}}");
    private static final int MIN_CARDS = 2;

    @Override
    public String format() {
        return "spaced-repetition cards";
    }

    /** Chosen ahead of the others wherever the plugin's marks are there (see {@link #applies}). */
    @Override
    public double fit(List<SourceLine> lines) {
        return applies(lines) ? 1 : 0;
    }

    static boolean applies(List<SourceLine> lines) {
        int separated = 0;
        int inline = 0;
        boolean marked = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (SEPARATOR.matcher(text).matches()
                    && i > 0
                    && !lines.get(i - 1).blank()
                    && i + 1 < lines.size()
                    && !lines.get(i + 1).blank()) {
                separated++;
            } else if (INLINE.matcher(REVIEW.matcher(text).replaceAll("")).matches()) {
                inline++;
            }
            marked = marked || REVIEW.matcher(text).find() || text.strip().startsWith("#flashcards");
        }
        return separated >= MIN_CARDS || marked && separated + inline >= MIN_CARDS;
    }

    @Override
    public void read(List<SourceLine> given, Layout layout, CardCollector out) {
        List<SourceLine> lines = withoutReviews(given);
        String section = "";
        int i = frontMatter(lines, out);
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            String text = line.text();
            Matcher heading = HEADING.matcher(text);
            if (REVIEW.matcher(given.get(i).text()).find() && text.isBlank()
                    || TAGS.matcher(text).matches()) {
                out.furniture(given.get(i));
                i++;
            } else if (line.blank()) {
                i++;
            } else if (heading.matches()) {
                section = heading.group(1).strip();
                out.furniture(given.get(i));
                i++;
            } else {
                i = card(lines, i, section, out);
            }
        }
    }

    /** The lines with the plugin's review records taken out (a record may end a card's last line). */
    private static List<SourceLine> withoutReviews(List<SourceLine> lines) {
        return lines.stream()
                .map(l -> new SourceLine(
                        l.number(), REVIEW.matcher(l.text()).replaceAll("").stripTrailing()))
                .toList();
    }

    /** Front matter ("---" … "---") at the top: furniture. The index of the first line after it. */
    private static int frontMatter(List<SourceLine> lines, CardCollector out) {
        if (lines.isEmpty() || !lines.get(0).text().strip().equals("---")) {
            return 0;
        }
        for (int end = 1; end < lines.size(); end++) {
            if (lines.get(end).text().strip().equals("---")) {
                for (int k = 0; k <= end; k++) {
                    out.furniture(lines.get(k));
                }
                return end + 1;
            }
        }
        return 0;
    }

    /** The card that starts at line {@code i}, or the line left unplaced; the index after it. */
    private static int card(List<SourceLine> lines, int i, String section, CardCollector out) {
        int end = i;
        while (end < lines.size()
                && !lines.get(end).blank()
                && !SEPARATOR.matcher(lines.get(end).text()).matches()) {
            end++;
        }
        SourceLine line = lines.get(i);
        Matcher inline = INLINE.matcher(line.text());
        Matcher cloze = CLOZE.matcher(line.text());
        boolean inlineCard = inline.matches();
        boolean clozeCard = !inlineCard && cloze.find();
        // a one-line card right above another card's front is a card of its own ("Complaint::…" over "Voice\n?")
        boolean oneLine = inlineCard || clozeCard;
        if (end < lines.size()
                && end > i
                && !(oneLine && end > i + 1)
                && SEPARATOR.matcher(lines.get(end).text()).matches()) {
            int last = end + 1;
            while (last < lines.size() && !lines.get(last).blank()) {
                last++;
            }
            if (last > end + 1) {
                out.card(
                        join(lines, i, end, " "),
                        join(lines, end + 1, last, "\n"),
                        lines.get(i).number(),
                        lines.get(last - 1).number(),
                        Card.Kind.PROMPT,
                        section,
                        null);
                return last;
            }
        }
        if (inlineCard) {
            out.card(
                    inline.group(1).strip(),
                    inline.group(2).strip(),
                    line.number(),
                    line.number(),
                    Card.Kind.PROMPT,
                    section,
                    null);
        } else if (clozeCard) {
            String answer = cloze.group(1) != null ? cloze.group(1) : cloze.group(2);
            String front = line.text().substring(0, cloze.start()) + "_____"
                    + line.text().substring(cloze.end());
            out.card(
                    Regex.replaceAll(front, "==|\\{\\{|}}", "").strip(),
                    answer.strip(),
                    line.number(),
                    line.number(),
                    Card.Kind.PROMPT,
                    section,
                    null);
        } else {
            out.unplaced(line);
        }
        return i + 1;
    }

    private static String join(List<SourceLine> lines, int from, int to, String separator) {
        List<String> parts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            parts.add(lines.get(k).text().strip());
        }
        return String.join(separator, parts);
    }
}
