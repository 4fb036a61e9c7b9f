package crmgraph.read;

import crmgraph.Regex;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chrome of a saved study-site or blog page, found by the page's structure rather than by its
 * words: the header (a run of menu labels at the top, then the document's title, its properties,
 * counts and buttons, up to the first card), a paywall block standing in for an answer (from the
 * site's "preview"/"locked" notice to the end of its block), a contents listing (a run of lines
 * each repeated as a heading further down), and the footer (from the copyright line at the bottom
 * back over link lists, menu bars, lines addressed to the reader and the site's own name). Short
 * term/definition decks are never chrome: a definition has lower-case content words, and terms
 * alternating with definitions stop a header.
 */
final class PageChrome {

    /** A menu's labels: at most this many words each. */
    private static final int LABEL_WORDS = 4;
    /** Menu labels (or properties, counts, buttons) standing together: at least this many. */
    private static final int MIN_RUN = 3;
    /** A page's header is no longer than this many non-blank lines. */
    private static final int MAX_HEADER_LINES = 40;
    /** Title lines between the header's last run and the first card: at most this many. */
    private static final int MAX_TITLE_LINES = 3;
    /** A footer line that is not otherwise chrome: at most this many words, no sentence. */
    private static final int FOOTER_WORDS = 8;
    /** The copyright line stands among the last few non-blank lines. */
    private static final int COPYRIGHT_ZONE = 3;
    /** A contents listing names at least this many headings. */
    private static final int MIN_CONTENTS = 3;
    /** Terms alternating with definitions this many times over are cards, not a header. */
    private static final int PAIRS = 3;
    /** A term is at most this many words long. */
    private static final int TERM_WORDS = 6;
    /** A line this long is a definition or a sentence, never a menu or a title. */
    private static final int DEFINITION_WORDS = 12;

    private static final Pattern COPYRIGHT = Pattern.compile(
            "\u00A9|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    /** "Home » Marketing » CRM", "By Jo | 5 min read": segments of a menu bar or a byline. */
    private static final Pattern BAR_SEPARATOR = Pattern.compile("\\s+[\u00BB\u203A|\u00B7\u2022>/]\\s+|\\s{2,}");
    /** "→ Another article", "https://…": a link. */
    private static final Pattern LINK = Pattern.compile("^[\u2192\u00BB\u203A>]\\s*\\S|https?://|\\bwww\\.");
    /** The reader addressed: second person, or the site speaking as "we". */
    private static final Pattern READER =
            Pattern.compile("\\b(?:you|your|yours|we|our|us)\\b", Pattern.CASE_INSENSITIVE);
    /** "Search…", "Type here...": a placeholder in an input box. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\S.{0,30}(?:\\.\\.\\.|\u2026)$");
    /** "This is a preview", "This answer is locked": where a site withholds the rest. */
    private static final Pattern PAYWALL = Pattern.compile(
            "^(?:this\\s+(?:is\\s+a\\s+preview|(?:answer|solution|document|content)\\s+is\\s+locked))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PROPERTY =
            Pattern.compile("^[A-Z][A-Za-z]*(?:\\s+[A-Za-z]+){0,2}\\s*:\\s+\\S.{0,60}$");
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "VERB", "ADJ", "ADV");

    private PageChrome() {}

    /** The lines (0-based indexes) of {@code lines} that are the page's chrome. */
    static BitSet of(List<SourceLine> lines) {
        BitSet chrome = new BitSet();
        int header = headerEnd(lines);
        chrome.set(0, header);
        chrome.or(paywalls(lines));
        chrome.or(contents(lines));
        int footer = footerStart(lines, header);
        if (footer < lines.size()) {
            chrome.set(footer, lines.size());
        }
        for (int i = chrome.nextSetBit(0); i >= 0; i = chrome.nextSetBit(i + 1)) {
            if (lines.get(i).blank()) {
                chrome.clear(i);
            }
        }
        return chrome;
    }

    /**
     * The end (exclusive) of a page's header, 0 when none: the page must open with a run of menu
     * labels; the header then goes on over further runs of labels, properties, counts and buttons,
     * and the title lines among them, up to the first card-shaped line (a sentence, a list line,
     * a term followed by its definition).
     */
    static int headerEnd(List<SourceLine> lines) {
        List<Integer> at = nonBlank(lines);
        int limit = Math.min(at.size() / 2, MAX_HEADER_LINES);
        if (limit < MIN_RUN || runLength(lines, at, firstRunStart(lines, at)) < MIN_RUN) {
            return 0;
        }
        int end = 0;
        int k = 0;
        while (k < limit) {
            int i = at.get(k);
            if (cardShaped(lines, at, k)) {
                break;
            }
            if (Furniture.countHeader(lines.get(i).text())) {
                // "20 Terms": the line that announces the cards ends the header
                end = i + 1;
                k++;
                break;
            }
            int run = runLength(lines, at, k);
            if (run >= MIN_RUN || run >= 1 && strongMark(lines.get(i).stripped())) {
                k += Math.max(run, 1);
                end = at.get(k - 1) + 1;
                if (Furniture.countHeader(lines.get(end - 1).text())) {
                    break;
                }
            } else {
                k++;
            }
        }
        // labels alone may be a list ("Product", "Price", "Place"): a site's header has its bars, counts or properties
        // too
        return anyStrongMark(lines, end) ? titlesBeforeCards(lines, at, end, k) : 0;
    }

    private static boolean anyStrongMark(List<SourceLine> lines, int end) {
        return lines.subList(0, end).stream().anyMatch(l -> !l.blank() && strongMark(l.stripped()));
    }

    /** The first run may follow a line or two ("Skip to content", a logo's caption). */
    private static int firstRunStart(List<SourceLine> lines, List<Integer> at) {
        for (int k = 0; k < Math.min(MIN_RUN, at.size()); k++) {
            if (runLength(lines, at, k) >= MIN_RUN) {
                return k;
            }
        }
        return 0;
    }

    /** Title lines between the header's end and the first card go with the header when few. */
    private static int titlesBeforeCards(List<SourceLine> lines, List<Integer> at, int end, int stop) {
        if (end == 0
                || stop >= at.size()
                || !clearCard(lines.get(at.get(stop)).stripped())
                || Furniture.countHeader(lines.get(end - 1).text())) {
            return end;
        }
        long titles = at.stream().filter(i -> i >= end && i < at.get(stop)).count();
        return titles <= MAX_TITLE_LINES ? at.get(stop) : end;
    }

    /** How many lines from the k-th non-blank line on are labels, properties, counts or buttons. */
    private static int runLength(List<SourceLine> lines, List<Integer> at, int k) {
        int n = 0;
        while (k + n < at.size()
                && mark(lines.get(at.get(k + n)).stripped())
                && (n == 0 || !cardShaped(lines, at, k + n))) {
            n++;
            if (Furniture.countHeader(lines.get(at.get(k + n - 1)).text())) {
                break; // "20 Terms" announces the cards: the run ends with it
            }
        }
        return n;
    }

    /** Whether the cards begin at line {@code index} (see {@link #cardShaped}). */
    static boolean cardsBeginAt(List<SourceLine> lines, int index) {
        List<Integer> at = nonBlank(lines);
        int k = at.indexOf(index);
        return k >= 0 && cardShaped(lines, at, k);
    }

    /** Where the cards begin: a sentence, a list line, or a term with its definition three times over. */
    private static boolean cardShaped(List<SourceLine> lines, List<Integer> at, int k) {
        String s = lines.get(at.get(k)).stripped();
        if (clearCard(s)) {
            return true;
        }
        for (int p = 0; p < PAIRS; p++) {
            if (k + 2 * p + 1 >= at.size()
                    || !isPair(
                            lines.get(at.get(k + 2 * p)).stripped(),
                            lines.get(at.get(k + 2 * p + 1)).stripped())) {
                return false;
            }
        }
        return true;
    }

    /** A line no title or menu is: a sentence, a list line, a line as long as a definition. */
    private static boolean clearCard(String s) {
        return Shapes.isListLine(s)
                || Shapes.words(s) >= DEFINITION_WORDS
                || sentence(s) && !mark(s) && !Furniture.counterOrLabel(s);
    }

    /** "Churn" then "Customers who leave": a short term, then a line with lower-case content words. */
    static boolean isPair(String term, String definition) {
        return Shapes.words(term) <= TERM_WORDS
                && !strongMark(term)
                && !Shapes.closed(term)
                && Shapes.words(definition) >= 2
                && !strongMark(definition)
                && hasContentWord(definition);
    }

    private static boolean sentence(String s) {
        return Regex.matches(s, ".*[.!?]$") && !PLACEHOLDER.matcher(s).matches() && Shapes.words(s) >= 4;
    }

    /** A line of a header: a menu label, a property, a count, a menu bar, a site control. */
    static boolean mark(String s) {
        return navLabel(s) || strongMark(s);
    }

    /** Header lines that are never a term: properties, counts, bars, site controls. */
    private static boolean strongMark(String s) {
        return PROPERTY.matcher(s).matches()
                        && !sentence(s)
                        && Shapes.withoutAnswerLabel(s).equals(s)
                || count(s)
                || menuBar(s)
                || PLACEHOLDER.matcher(s).matches()
                || Furniture.counterOrLabel(s)
                || Furniture.countHeader(s)
                || Furniture.sectionBreak(s)
                || Furniture.promotional(s);
    }

    /**
     * A menu label: a word or a few, not a sentence, with no lower-case content word ("My Library",
     * "Log in", "AI Quiz") — a definition always has one.
     */
    static boolean navLabel(String s) {
        if (s.isEmpty()
                || Shapes.words(s) > LABEL_WORDS
                || Shapes.isListLine(s)
                || Shapes.closed(s)
                || !Regex.matches(s, ".*\\p{L}.*")) {
            return false;
        }
        return !hasContentWord(s);
    }

    private static boolean hasContentWord(String s) {
        for (Token t : English.shared().tagged(s)) {
            String w = t.text();
            if (w.length() >= 3
                    && w.equals(w.toLowerCase(Locale.ROOT))
                    && Regex.matches(w, "\\p{L}+")
                    && CONTENT_TAGS.contains(t.tag())) {
                return true;
            }
        }
        return false;
    }

    /** "Helpful? 14 1", "0.0 (0 ratings)", "1/20": figures (two at least, or nothing else) with a word or two. */
    private static boolean count(String s) {
        long numbers = Regex.of("\\d+").matcher(s).results().count();
        long letterWords = java.util.Arrays.stream(Regex.split(s, "\\s+"))
                .filter(w -> Regex.matches(w, ".*\\p{L}{2,}.*"))
                .count();
        return (numbers >= 2 || numbers == 1 && letterWords == 0)
                && letterWords <= 2
                && Shapes.words(s) <= 5
                && !Shapes.isListLine(s);
    }

    /** "Home » Services » CRM", "Share:  Facebook   Twitter   Email": three short segments or more. */
    private static boolean menuBar(String s) {
        String[] parts = BAR_SEPARATOR.split(s);
        if (parts.length < MIN_RUN) {
            return false;
        }
        for (String p : parts) {
            if (Shapes.words(p) > LABEL_WORDS + 1 || Regex.matches(p.strip(), ".*[.!?]$")) {
                return false;
            }
        }
        return true;
    }

    /** From a site's "this is a preview"/"locked" notice to the end of its block (the next blank line). */
    static BitSet paywalls(List<SourceLine> lines) {
        BitSet marked = new BitSet();
        for (int i = 0; i < lines.size(); i++) {
            if (!PAYWALL.matcher(lines.get(i).stripped()).find()) {
                continue;
            }
            int j = i;
            while (j < lines.size() && !lines.get(j).blank()) {
                j++;
            }
            marked.set(i, j);
            i = j;
        }
        return marked;
    }

    /**
     * A contents listing: a block of short lines of which most (three at least) stand again, in the
     * same order, as lines further down (the headings they list); the block's first line, its
     * heading, goes with it.
     */
    static BitSet contents(List<SourceLine> lines) {
        BitSet marked = new BitSet();
        Map<String, Integer> lastAt = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                lastAt.put(fold(lines.get(i).text()), i);
            }
        }
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && !lines.get(j).blank()) {
                j++;
            }
            if (j > i && listsHeadings(lines, i, j, lastAt)) {
                marked.set(i, j);
            }
            i = j + 1;
        }
        return marked;
    }

    private static boolean listsHeadings(List<SourceLine> lines, int from, int to, Map<String, Integer> lastAt) {
        int repeated = 0;
        int after = to;
        for (int i = from; i < to; i++) {
            String s = lines.get(i).stripped();
            if (Shapes.words(s) > 10 || Regex.matches(s, ".*[.;,]$")) {
                return false;
            }
            int later = laterOccurrence(lines, fold(s), after, lastAt);
            if (later > 0) {
                repeated++;
                after = later;
            }
        }
        int listed = to - from - 1;
        return repeated >= MIN_CONTENTS && repeated * 3 >= listed * 2;
    }

    /** The first line after {@code after} with this folded text, or -1. */
    private static int laterOccurrence(List<SourceLine> lines, String folded, int after, Map<String, Integer> lastAt) {
        if (lastAt.getOrDefault(folded, -1) <= after) {
            return -1;
        }
        for (int i = after + 1; i < lines.size(); i++) {
            if (fold(lines.get(i).text()).equals(folded)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The start of a page's footer, lines.size() when none: a copyright line among the last lines,
     * and above it the lines that are plainly the site's (link lists, menu bars, labels, counts,
     * lines addressed to the reader, lines naming the site as its header did), with the short
     * lines between them.
     */
    static int footerStart(List<SourceLine> lines, int headerEnd) {
        List<Integer> at = nonBlank(lines);
        int anchor = -1;
        for (int k = Math.max(0, at.size() - COPYRIGHT_ZONE); k < at.size(); k++) {
            if (COPYRIGHT.matcher(lines.get(at.get(k)).text()).find()) {
                anchor = k;
                break;
            }
        }
        if (anchor < 0) {
            return lines.size();
        }
        String site = headerEnd > 0 ? siteName(lines.get(at.get(0)).stripped()) : null;
        int start = anchor;
        for (int k = anchor - 1; k >= 0 && at.get(k) >= headerEnd; k--) {
            String s = lines.get(at.get(k)).stripped();
            if (k == anchor - 2
                    && isPair(s, lines.get(at.get(k + 1)).stripped())
                    && !footerLine(lines.get(at.get(k + 1)).stripped(), site)) {
                return at.get(anchor); // the deck's last card, a term and its definition, right above the copyright
            }
            if (footerLine(s, site)) {
                start = k;
            } else if (!shortLine(s)) {
                break;
            }
        }
        return at.get(start);
    }

    /** The site's name: the first word of the page's first line (its logo). */
    private static String siteName(String first) {
        String word = Regex.split(first, "\\s+")[0];
        return word.length() >= 3 && Character.isUpperCase(word.charAt(0)) ? word : null;
    }

    private static boolean footerLine(String s, String site) {
        return mark(s)
                || COPYRIGHT.matcher(s).find()
                || LINK.matcher(s).find()
                || READER.matcher(s).find()
                || titleCase(s)
                || site != null && Regex.matches(s, ".*\\b" + Pattern.quote(site) + "\\b.*");
    }

    /** A short line that is no sentence: in a footer, a listed document's or question's title. */
    private static boolean shortLine(String s) {
        return Shapes.words(s) <= FOOTER_WORDS && !Regex.matches(s, ".*[.!;:]$");
    }

    /** "Related Articles", "Leave a Comment": every word of four letters or more capitalised. */
    private static boolean titleCase(String s) {
        if (Shapes.words(s) > FOOTER_WORDS || Regex.matches(s, ".*[.!;:]$")) {
            return false;
        }
        List<String> long4 = java.util.Arrays.stream(Regex.split(s, "[^\\p{L}]+"))
                .filter(w -> w.length() >= 4)
                .toList();
        return !long4.isEmpty() && long4.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    private static List<Integer> nonBlank(List<SourceLine> lines) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                out.add(i);
            }
        }
        return out;
    }

    private static String fold(String text) {
        return Regex.replaceAll(text.strip().toLowerCase(Locale.ROOT), "\\s+", " ");
    }
}
