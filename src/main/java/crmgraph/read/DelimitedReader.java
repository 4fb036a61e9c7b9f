package crmgraph.read;

import org.apache.commons.text.StringEscapeUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Deliberate exports: one card per record, fields separated by a tab (Quizlet, Anki "Notes in
 * Plain Text") or a comma (CSV). Quoted fields may hold separators, doubled quotes and line
 * breaks; Anki's "#key:value" header lines and a column-name header row are furniture; HTML in
 * fields (Anki) becomes plain text. A record whose first field reads like a definition and whose
 * second reads like a term is turned round.
 */
final class DelimitedReader implements FormatReader {

    /** Only the formatting tags flashcard apps write; any other markup is the card's own text. */
    private static final Pattern TAG = Pattern.compile(
            "(?i)</?(?:b|i|u|em|strong|span|div|p|li|ul|ol|font|sub|sup|br|hr|small|big|mark|code)\\b[^<>]{0,200}>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</div>|</p>|</li>");
    private final char separator;

    DelimitedReader(char separator) {
        this.separator = separator;
    }

    @Override
    public String format() {
        return separator == '\t' ? "tsv" : "csv";
    }

    @Override
    public double fit(List<SourceLine> lines) {
        int with = 0;
        int nonBlank = 0;
        for (SourceLine l : lines) {
            if (l.blank() || l.stripped().startsWith("#")) {
                continue;
            }
            nonBlank++;
            if (l.text().indexOf(separator) > 0) {
                with++;
            }
        }
        double share = nonBlank == 0 ? 0 : (double) with / nonBlank;
        return separator == '\t' ? share : share * 0.9;
    }

    /** A record: its fields and the lines it spans. */
    private record Row(List<String> fields, int first, int last) {
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        Furniture furniture = new Furniture(lines);
        List<Row> rows = rows(lines, out);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> fields = row.fields().stream().map(DelimitedReader::plain).filter(f -> !f.isBlank()).toList();
            SourceLine first = lines.get(row.first() - 1);
            if (fields.isEmpty()) {
                continue;
            }
            if (r == 0 && isHeaderRow(fields) || fields.size() == 1 && furniture.anywhere(fields.get(0))) {
                for (int n = row.first(); n <= row.last(); n++) {
                    out.furniture(lines.get(n - 1));
                }
            } else if (fields.size() == 1) {
                out.card(fields.get(0), "", first.number(), row.last());
            } else {
                String front = fields.get(0);
                String back = fields.get(1);
                boolean turned = Shapes.isAnswerLike(front) && Shapes.isTermLike(back) && !Shapes.isStrongPrompt(front);
                out.card(turned ? back : front, turned ? front : back, first.number(), row.last());
            }
        }
    }

    private static boolean isHeaderRow(List<String> fields) {
        return fields.size() >= 2 && fields.stream().allMatch(f -> f.matches("(?i)[a-z ]{1,20}") && Shapes.words(f) <= 2)
                && fields.stream().anyMatch(f -> f.matches("(?i)(term|definition|front|back|question|answer|word|meaning|concept|description|notes?|tags?)"));
    }

    private List<Row> rows(List<SourceLine> lines, CardCollector out) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            SourceLine l = lines.get(i);
            if (l.blank()) {
                i++;
                continue;
            }
            if (l.stripped().matches("#[\\w -]{1,30}:.*")) {
                out.furniture(l);
                i++;
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStart = true;
            int first = i;
            String text = l.text();
            int c = 0;
            while (true) {
                if (c >= text.length()) {
                    if (quoted && separator == ',' && i + 1 < lines.size()) {
                        field.append('\n');
                        i++;
                        text = lines.get(i).text();
                        c = 0;
                        continue;
                    }
                    break;
                }
                char ch = text.charAt(c);
                if (quoted) {
                    if (ch == '"' && c + 1 < text.length() && text.charAt(c + 1) == '"') {
                        field.append('"');
                        c++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && fieldStart) {
                    quoted = true;
                } else if (ch == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    c++;
                    continue;
                } else {
                    field.append(ch);
                }
                fieldStart = false;
                c++;
            }
            fields.add(field.toString());
            rows.add(new Row(fields, lines.get(first).number(), lines.get(i).number()));
            i++;
        }
        return rows;
    }

    /** Field text without formatting HTML: line breaks kept, formatting tags removed, entities decoded. */
    private static String plain(String field) {
        String s = BREAK.matcher(field).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = StringEscapeUtils.unescapeHtml4(s).replace('\u00A0', ' ');
        return s.strip();
    }
}
