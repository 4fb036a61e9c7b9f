package crmgraph.read;

import crmgraph.Regex;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Deliberate exports: one card per record. Tab, comma, semicolon or pipe files (Quizlet, Anki
 * "Notes in Plain Text", spreadsheets) may quote fields that hold the separator, doubled quotes or
 * line breaks (Apache Commons CSV reads them); Quizlet's custom separators (" - " between term and
 * definition, ";" between cards) cut each record at its first separator, so a definition may hold
 * one too. The separators are the student's choice or found over the whole file
 * ({@link SeparatorDetector}). Anki's header lines pick the separator and the columns that are no
 * card text (tags, deck, note type); a column-name header row is furniture; HTML in fields becomes
 * plain text; a Cloze note's deletions become blanks on the front and parts of the answer. A file
 * has one orientation: where its column names put the definition before the term, or else most of
 * its records read definition first, every record is turned round (never one record alone).
 */
final class DelimitedReader implements FormatReader {

    /** Only the formatting tags flashcard apps write; any other markup is the card's own text. */
    private static final Pattern TAG = Pattern.compile(
            "(?i)</?(?:b|i|u|em|strong|span|div|p|li|ul|ol|font|sub|sup|br|hr|small|big|mark|code)\\b[^<>]{0,200}>");
    /** An image in an Anki field: media, dropped where the export says its fields are HTML. */
    private static final Pattern IMAGE = Pattern.compile("(?i)<img\\b[^<>]{0,500}>");

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</div>|</p>|</li>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^<>]{0,200}>");
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c\\d+::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);
    private static final String BLANK = "_____";
    /** "Front | Back", "Question\tAnswer", "Term,Definition": the names of a table's two columns. */
    private static final Pattern COLUMN_NAMES = Pattern.compile(
            "(?i)^(?:front|question|term|word|concept)\\s*(?:\\t|\\||,|;|\\s{2,})\\s*(?:back|answer|definition|meaning|description)\\b.*$");
    /** A column-name row further down than this is part of the data, not the table's head. */
    private static final int MAX_ROWS_BEFORE_TABLE = 15;
    /** A footer's block (a "Description" with its fields) is a few lines long. */
    private static final int MAX_FOOTER_BLOCK = 4;

    private static final Pattern ENTITY_END = Pattern.compile("(&(?:[A-Za-z]{2,8}|#\\d{1,6}|#x[0-9A-Fa-f]{1,6}));");
    /** Stands for an entity's semicolon while a semicolon file is cut into fields (same length, so offsets hold). */
    private static final char ENTITY_MARK = '\u0001';

    private final Separators asked;
    private Separators used;

    DelimitedReader(Separators asked) {
        this.asked = asked;
    }

    @Override
    public String format() {
        Separators s = used != null ? used : asked;
        if (s == null || s.row().equals(Separators.NEW_LINE) && s.field().equals("\t")) {
            return "tsv";
        }
        if (s.row().equals(Separators.NEW_LINE) && s.field().equals(",")) {
            return "csv";
        }
        return "delimited(" + s.describe() + ")";
    }

    /** The share of records the best separators cut in two; an Anki header line settles it. */
    @Override
    public double fit(List<SourceLine> lines) {
        if (lines.stream()
                .anyMatch(l -> l.stripped().toLowerCase(java.util.Locale.ROOT).startsWith("#separator:"))) {
            return 1;
        }
        return SeparatorDetector.detect(texts(table(lines)))
                .filter(f -> f.records() >= 3
                        || f.records() == f.split()
                                && (f.records() >= 2 || f.separators().field().equals("\t")))
                .map(f -> f.separators().field().equals("\t") ? f.share() : f.share() * 0.95)
                .orElse(0.0);
    }

    /**
     * The lines a saved page's table stands on: between the page's header and footer, and after a
     * column-name row ("Front | Back", "Question\tAnswer") if one stands near the top.
     */
    private static List<SourceLine> table(List<SourceLine> lines) {
        int from = Furniture.pageHeaderEnd(lines);
        int to = Math.max(from, Furniture.pageFooterStart(lines, Furniture.listings(lines)));
        for (int i = from; i < Math.min(to, from + MAX_ROWS_BEFORE_TABLE); i++) {
            if (COLUMN_NAMES.matcher(lines.get(i).stripped()).matches()) {
                from = i + 1;
                break;
            }
        }
        return lines.subList(from, to);
    }

    /** A record: its fields and the lines it spans. */
    private record Row(List<String> fields, int first, int last, List<String> tags) {

        Row(List<String> fields, int first, int last) {
            this(fields, first, last, List.of());
        }
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        AnkiHeader header = AnkiHeader.of(lines);
        lines.stream().filter(l -> AnkiHeader.isHeaderLine(l.text())).forEach(out::furniture);
        used = separators(lines, header);
        List<Row> rows = rows(lines);
        if (quizSheet(rows, lines, out)) {
            return;
        }
        Furniture furniture = new Furniture(lines);
        int from = tableStart(rows, lines, header);
        int to = tableEnd(rows, lines);
        List<Row> cards = new ArrayList<>();
        List<String> columnNames = header.columns();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> fields = content(row.fields(), header).stream()
                    .map(f -> plain(header.html() ? IMAGE.matcher(f).replaceAll("") : f))
                    .toList();
            List<String> filled = fields.stream().filter(f -> !f.isBlank()).toList();
            if (filled.isEmpty()) {
                continue;
            }
            boolean headerRow = r == from && isHeaderRow(filled, header);
            if (headerRow) {
                columnNames = filled;
            }
            // "CX MODULE — GLOSSARY" over the cards: a title in capitals, cut at the separator all the same
            boolean title = r == from && Shapes.shouted(String.join(" ", filled));
            boolean outside = r < from || r >= to || headerRow || title;
            if (outside || filled.size() == 1 && notACard(filled.get(0), r - from, furniture)) {
                furniture(row, lines, out);
            } else if (row.fields().size() == 1
                    && !cards.isEmpty()
                    && continues(cards.get(cards.size() - 1), filled.get(0))) {
                // only a line without a separator can be a wrapped definition: "Term<TAB>" is a record of its own
                cards.set(cards.size() - 1, wrapped(cards.get(cards.size() - 1), filled.get(0), row));
            } else {
                cards.add(new Row(fields, row.first(), row.last(), tags(row, header)));
            }
        }
        boolean definitionFirst = Orientation.definitionFirst(
                columnNames, cards.stream().map(Row::fields).toList());
        cards.forEach(row -> card(row.fields(), row, definitionFirst, out));
        deckName(rows, header).ifPresent(out::name);
    }

    /**
     * Reads the rows as a quiz sheet's ({@link QuizSheet}) when a column-name row near the top says
     * so: what is above it and the row itself are furniture, each row below with a question a card.
     */
    private boolean quizSheet(List<Row> rows, List<SourceLine> lines, CardCollector out) {
        for (int h = 0; h < Math.min(rows.size(), MAX_ROWS_BEFORE_TABLE + 4); h++) {
            List<String> names =
                    rows.get(h).fields().stream().map(DelimitedReader::plain).toList();
            java.util.Optional<QuizSheet.Columns> columns = QuizSheet.columns(names);
            if (columns.isEmpty()) {
                continue;
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                List<String> fields =
                        row.fields().stream().map(DelimitedReader::plain).toList();
                java.util.Optional<List<String>> card =
                        r > h ? QuizSheet.card(fields, columns.get()) : java.util.Optional.empty();
                if (card.isPresent()) {
                    out.card(card.get().get(0), card.get().get(1), row.first(), row.last(), row.tags());
                } else {
                    furniture(row, lines, out);
                }
            }
            return true;
        }
        return false;
    }

    private static void furniture(Row row, List<SourceLine> lines, CardCollector out) {
        for (int n = row.first(); n <= row.last(); n++) {
            out.furniture(lines.get(n - 1));
        }
    }

    /**
     * The first row of the table: after a saved page's header, and after a column-name row
     * ("Front | Back", "Question\tAnswer") where one stands before the data: whatever is above it
     * is the page's.
     */
    private int tableStart(List<Row> rows, List<SourceLine> lines, AnkiHeader header) {
        int headerEnd = Furniture.pageHeaderEnd(lines);
        int start = 0;
        while (start < rows.size() && rows.get(start).first() <= headerEnd) {
            start++;
        }
        for (int r = 0; r < Math.min(rows.size(), start + MAX_ROWS_BEFORE_TABLE); r++) {
            List<String> filled = rows.get(r).fields().stream()
                    .map(DelimitedReader::plain)
                    .filter(f -> !f.isBlank())
                    .toList();
            if (isHeaderRow(filled, header)) {
                return r;
            }
        }
        return start;
    }

    /**
     * The row after the table: where a saved page's footer starts (a listing of other sets, a
     * "Total cards 12" block), taken back to the blank line before its block.
     */
    private static int tableEnd(List<Row> rows, List<SourceLine> lines) {
        int footer = Furniture.pageFooterStart(lines, Furniture.listings(lines));
        for (int i = lines.size() / 2; i < footer; i++) {
            if (!lines.get(i).blank() && Furniture.countHeader(lines.get(i).text())) {
                footer = blockStart(lines, i);
                break;
            }
        }
        int end = rows.size();
        while (end > 0 && rows.get(end - 1).first() - 1 >= footer) {
            end--;
        }
        return end;
    }

    /** The first line of the block holding line {@code i}: up to a blank line a few lines above, else the line itself. */
    private static int blockStart(List<SourceLine> lines, int i) {
        for (int k = i - 1; k >= Math.max(0, i - MAX_FOOTER_BLOCK); k--) {
            if (lines.get(k).blank()) {
                return k + 1;
            }
        }
        return i;
    }

    /** A lone line inside the table that goes on with the row before it (a definition wrapped by the page). */
    private static boolean continues(Row previous, String line) {
        String last = previous.fields().get(previous.fields().size() - 1).strip();
        return !last.isEmpty()
                && !line.endsWith("?")
                && (Character.isLowerCase(line.charAt(0)) || !Shapes.closed(last));
    }

    private static Row wrapped(Row previous, String line, Row row) {
        List<String> fields = new ArrayList<>(previous.fields());
        fields.set(fields.size() - 1, fields.get(fields.size() - 1).strip() + " " + line.strip());
        return new Row(fields, previous.first(), row.last(), previous.tags());
    }

    /** A lone field that is page furniture, a title before the first card, or a section break ("Chapter 9"). */
    private static boolean notACard(String field, int row, Furniture furniture) {
        return furniture.anywhere(field) || Furniture.sectionBreak(field) || row == 0 && Furniture.titleLike(field);
    }

    private Separators separators(List<SourceLine> lines, AnkiHeader header) {
        if (asked != null) {
            return asked;
        }
        if (header.separator().isPresent()) {
            return Separators.perLine(header.separator().get());
        }
        return SeparatorDetector.detect(texts(lines))
                .map(Separators.Found::separators)
                .orElse(Separators.perLine("\t"));
    }

    private static void card(List<String> fields, Row row, boolean definitionFirst, CardCollector out) {
        String front = fields.get(0);
        String back = fields.size() > 1 ? fields.get(1) : "";
        Matcher cloze = CLOZE.matcher(front);
        if (cloze.find()) {
            clozeCard(front, back, row, out);
            return;
        }
        if (front.isBlank()) {
            front = back;
            back = "";
        }
        boolean turned = definitionFirst && !back.isBlank();
        out.card(turned ? back : front, turned ? front : back, row.first(), row.last(), row.tags());
    }

    /** "{{c1::Churn}} is the share of customers lost": the deletions blanked on the front, and the answer's parts. */
    private static void clozeCard(String text, String extra, Row row, CardCollector out) {
        Matcher m = CLOZE.matcher(text);
        StringBuilder front = new StringBuilder();
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group(1).strip());
            m.appendReplacement(front, BLANK);
        }
        m.appendTail(front);
        String back = String.join("; ", parts) + (extra.isBlank() ? "" : "\n\n" + extra);
        out.card(front.toString(), back, row.first(), row.last(), row.tags());
    }

    /** The tags an Anki export's tags column gives a record, space-separated as Anki writes them. */
    private static List<String> tags(Row row, AnkiHeader header) {
        if (header.tags() == 0 || row.fields().size() < header.tags()) {
            return List.of();
        }
        String tags = row.fields().get(header.tags() - 1).strip();
        return tags.isEmpty() ? List.of() : List.of(tags.split("\\s+"));
    }

    /** The fields that are card text: Anki's tags, deck, note type and id columns are not. */
    private static List<String> content(List<String> fields, AnkiHeader header) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!header.meta().contains(i + 1)) {
                out.add(fields.get(i));
            }
        }
        return out;
    }

    /** The one Anki deck every record names, if the file has a deck column. */
    private static java.util.Optional<String> deckName(List<Row> rows, AnkiHeader header) {
        if (header.deck() == 0) {
            return java.util.Optional.empty();
        }
        List<String> decks = rows.stream()
                .filter(r -> r.fields().size() >= header.deck())
                .map(r -> r.fields().get(header.deck() - 1).strip())
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
        return decks.size() == 1
                ? java.util.Optional.of(decks.get(0).replace("::", " › "))
                : java.util.Optional.empty();
    }

    private static boolean isHeaderRow(List<String> fields, AnkiHeader header) {
        if (!header.columns().isEmpty()
                && fields.stream()
                        .allMatch(f -> header.columns().stream()
                                .anyMatch(c -> c.strip().equalsIgnoreCase(f)))) {
            return true;
        }
        return fields.size() >= 2
                && fields.stream().allMatch(f -> Regex.matches(f, "(?i)[a-z ]{1,20}[?:.]?") && Shapes.words(f) <= 2)
                && fields.stream()
                        .anyMatch(
                                f -> Regex.matches(
                                        f,
                                        "(?i)(term|terms|definition|definitions|front|back|question|answer|word|meaning|concept|description|notes?|tags?|image)"));
    }

    private List<Row> rows(List<SourceLine> lines) {
        if (used.quoted() && used.row().equals(Separators.NEW_LINE)) {
            try {
                return quotedRows(lines);
            } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                // unbalanced quotes: every line is read as a record on its own, nothing is lost
                return cutRows(lines);
            }
        }
        return cutRows(lines);
    }

    /** Records of a quoted file, read by Commons CSV; header lines are blanked so line numbers stay true. */
    private List<Row> quotedRows(List<SourceLine> lines) {
        String text = String.join(
                "\n",
                texts(lines).stream()
                        .map(t -> AnkiHeader.isHeaderLine(t) ? "" : t)
                        .toList());
        if (used.field().equals(";")) {
            // "&nbsp;" in a semicolon file: the entity's semicolon is no field separator
            text = ENTITY_END.matcher(text).replaceAll("$1" + ENTITY_MARK);
        }
        LineIndex index = new LineIndex(lines, text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(used.field())
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // a record after skipped blank (or blanked header) lines starts where its text does
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && text.charAt(start) == '\n') {
                    start++;
                }
                int first = index.lineAt(start);
                int last = Math.max(first, index.lineNumber((int) parser.getCurrentLineNumber()));
                rows.add(new Row(record.toList(), first, last));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Records cut at the row separator, each cut in two at its first field separator. */
    private List<Row> cutRows(List<SourceLine> lines) {
        String text = String.join(
                "\n",
                texts(lines).stream()
                        .map(t -> AnkiHeader.isHeaderLine(t) ? "" : t)
                        .toList());
        LineIndex index = new LineIndex(lines, text);
        List<Row> rows = new ArrayList<>();
        String row = used.row();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(row, start);
            int stop = end < 0 ? text.length() : end;
            String record = text.substring(start, stop);
            if (!record.isBlank()) {
                int lead = record.length() - record.stripLeading().length();
                int trail = record.length() - record.stripTrailing().length();
                rows.add(new Row(
                        cut(record.strip()),
                        index.lineAt(start + lead),
                        index.lineAt(Math.max(start + lead, stop - trail - 1))));
            }
            if (end < 0) {
                break;
            }
            start = end + row.length();
        }
        return rows;
    }

    private List<String> cut(String record) {
        int at = record.indexOf(used.field());
        if (at <= 0) {
            return List.of(unquote(record));
        }
        return List.of(
                unquote(record.substring(0, at)),
                unquote(record.substring(at + used.field().length())));
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1).replace("\"\"", "\"")
                : t;
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    /** Character offsets of the joined text back to source line numbers. */
    private static final class LineIndex {

        private final List<SourceLine> lines;
        private final int[] starts;

        /** Offsets are taken from {@code text}, the lines as parsed: header lines there are blanked, so shorter than in the file. */
        LineIndex(List<SourceLine> lines, String text) {
            this.lines = lines;
            this.starts = new int[lines.size()];
            int offset = 0;
            for (int i = 0; i < lines.size(); i++) {
                starts[i] = offset;
                int end = text.indexOf('\n', offset);
                offset = end < 0 ? text.length() + 1 : end + 1;
            }
        }

        int lineAt(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            int index = i >= 0 ? i : Math.max(0, -i - 2);
            return lines.get(Math.min(index, lines.size() - 1)).number();
        }

        /** The source line number of the parser's n-th line (1-based), clamped to the file. */
        int lineNumber(int n) {
            return lines.get(Math.max(0, Math.min(n, lines.size()) - 1)).number();
        }
    }

    /** Field text without formatting HTML: line breaks and list items kept, formatting tags removed, entities decoded. */
    private static String plain(String field) {
        String s = LIST_ITEM.matcher(field.replace(ENTITY_MARK, ';')).replaceAll("\n- ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = StringEscapeUtils.unescapeHtml4(s).replace('\u00A0', ' ');
        return Regex.replaceAll(Regex.replaceAll(s, "[ \\t]+\\n", "\n"), "\\n{3,}", "\n\n")
                .strip();
    }
}
