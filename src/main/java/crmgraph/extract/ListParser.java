package crmgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the list in an answer, in every shape flashcards use: bullets (nested bullets become the
 * explanation of their parent item), numbered lines, run-on numbered text ("1 A.2 B.3 C."),
 * run-on "Term- explanation Term- explanation", and comma series after a cue ("dimensions of a, b,
 * c and d", "service= a, b, c") or making up the whole answer.
 */
final class ListParser {

    private static final Pattern LIST_LINE = Pattern.compile(
            "^(\\s*)(?:[\u2022\u25AA\u25E6\u25CF\u00B7\u2023\u2043\u25CB\u25A0*+\\-\u2013\u2014>]|(\\d{1,2}|[a-z])[.)])\\s+(.*)$");
    private static final Pattern RUN_ON_NUMBER = Pattern.compile("(?:^|(?<=[\\s.;,)?]))(\\d{1,2})[.)]?\\s+(?=\\S)");
    private static final Pattern SEPARATOR = Pattern.compile("^(.{1,80}?)(?:\\s*:\\s+|\\s*[-\u2013\u2014]\\s+|\\s*=\\s*)(.+)$");
    private static final Pattern SERIES = Pattern.compile(
            "(?:(\\b[\\w-]+)\\s*(?:=|:|\\s-|\\s\u2013)|\\b([\\w-]+)\\s+(?:of|such as|including|includes|include|into|are|namely|like))\\s*"
                    + "([^.;:()=]+?,[^.;:()=]+?)(?=[.;(]|\\s-|$)");

    private ListParser() {
    }

    static Answer parse(String back) {
        String text = Names.PAGE_REF.matcher(back).replaceAll("");
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> prose = new ArrayList<>();
        List<String[]> listLines = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LIST_LINE.matcher(line);
            if (m.matches()) {
                listLines.add(new String[] {m.group(1), m.group(3), m.group(2)});
            } else if (listLines.isEmpty()) {
                prose.add(line.strip());
            } else {
                listLines.get(listLines.size() - 1)[1] += " " + line.strip();
            }
        }
        String proseText = String.join(" ", prose);
        if (listLines.size() == 1 && isRunOnNumbered(lines.get(lines.size() - 1).strip())) {
            return new Answer(proseText, runOnNumbered(lines.get(lines.size() - 1).strip()), true, "run-on");
        }
        if (!listLines.isEmpty()) {
            return bullets(proseText, listLines);
        }
        if (isRunOnNumbered(proseText)) {
            return new Answer("", runOnNumbered(proseText), true, "run-on");
        }
        List<ListItem> dashed = DashRun.split(proseText);
        if (dashed.size() >= 2) {
            return new Answer("", dashed, false, "dash-run");
        }
        return new Answer(proseText, series(proseText, true), false, "series");
    }

    private static Answer bullets(String prose, List<String[]> lines) {
        int top = lines.stream().mapToInt(l -> l[0].length()).min().orElse(0);
        List<ListItem> items = new ArrayList<>();
        boolean numbered = true;
        for (String[] l : lines) {
            if (l[0].length() > top && !items.isEmpty()) {
                ListItem last = items.remove(items.size() - 1);
                String more = l[1].strip();
                items.add(new ListItem(last.name(), last.explained() ? last.explanation() + "; " + more : more));
                continue;
            }
            numbered &= l[2] != null;
            items.add(item(l[1].strip()));
        }
        return new Answer(prose, items, numbered, numbered ? "numbered" : "bullets");
    }

    /** "Name: explanation", "Name - explanation", "Name= explanation", or the bare item. */
    static ListItem item(String text) {
        String s = text.strip().replaceAll("[.:;,]+$", "");
        Matcher m = SEPARATOR.matcher(s);
        if (m.matches() && m.group(1).split("\\s+").length <= 7) {
            return new ListItem(m.group(1).strip(), m.group(2).strip());
        }
        return new ListItem(s, null);
    }

    static boolean isRunOnNumbered(String text) {
        return numberStarts(text).size() >= 2;
    }

    /** Where the numbers 1, 2, 3 … of a run-on list start in the text (must begin at 1 near the start). */
    private static List<int[]> numberStarts(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = RUN_ON_NUMBER.matcher(text);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected && (expected > 1 || m.start() <= 2)) {
                out.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static List<ListItem> runOnNumbered(String text) {
        List<int[]> starts = numberStarts(text);
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String piece = text.substring(starts.get(i)[1], end).strip();
            items.add(item(piece));
        }
        return items;
    }

    /** A comma series after a cue, or (when {@code whole}) a series that is the entire text. */
    static List<ListItem> series(String text, boolean whole) {
        String s = text.replaceAll("\\s*\\([^()]*\\)", "").strip();
        Matcher m = SERIES.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.start() + 1;
            String cue = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            boolean symbol = m.group(1) != null;
            if (!symbol && !(cue.endsWith("s") || cue.matches("criteria|phenomena|media|data"))) {
                continue;
            }
            String after = s.substring(m.end(3)).toLowerCase(Locale.ROOT);
            if (after.matches("^\\W*(for example|for instance|etc|e\\.g).*") || m.group(3).matches("(?is).*\\b(e\\.g|for example|for instance)\\b.*")) {
                continue;
            }
            List<ListItem> items = seriesItems(m.group(3).replaceAll("(?i)\\s+etc\\.?$", ""));
            if (items.size() >= 3) {
                return items;
            }
        }
        if (whole && !s.contains(". ") && !s.matches(".*[=:].*") && seriesItems(s).size() >= 3) {
            return seriesItems(s);
        }
        return List.of();
    }

    private static List<ListItem> seriesItems(String text) {
        String[] parts = text.strip().replaceAll("[.;]+$", "").split("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+(?=[^,]*$)");
        List<ListItem> items = new ArrayList<>();
        if (parts.length > 0) {
            parts[0] = parts[0].replaceFirst("(?i)^.*\\s(?:are|is|include|includes)\\s+", "");
        }
        for (String p : parts) {
            String name = p.strip().replaceAll("^(and|or)\\s+", "");
            if (name.isEmpty()) {
                continue;
            }
            if (name.split("\\s+").length > 4 || name.contains(";")) {
                return List.of(); // a long phrase, or "airlines; Vouchers" across two cells of a row: no series
            }
            items.add(new ListItem(name, null));
        }
        return items;
    }
}
