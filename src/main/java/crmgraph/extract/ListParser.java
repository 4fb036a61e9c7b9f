package crmgraph.extract;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the list in an answer, in every shape flashcards use: bullets (nested bullets become the
 * explanation of their parent item), numbered lines, run-on numbered text ("1 A.2 B.3 C."),
 * run-on "Term- explanation Term- explanation", steps joined by arrows ("Identify → Differentiate
 * → Interact"), and comma series after a cue ("dimensions of a, b, c and d", "service= a, b, c")
 * or making up the whole answer.
 */
final class ListParser {

    private static final Pattern LIST_LINE = Pattern.compile(
            "^(\\s*)(?:[\u2022\u25AA\u25E6\u25CF\u00B7\u2023\u2043\u25CB\u25A0*+\\-\u2013\u2014>]|(\\d{1,2}|[a-z])[.)])\\s+(.*)$");
    private static final Pattern RUN_ON_NUMBER = Pattern.compile("(?:^|(?<=[\\s.;,)?]))(\\d{1,2})[.)]?\\s+(?=\\S)");
    private static final Pattern SEPARATOR =
            Pattern.compile("^(.{1,80}?)(?:\\s*:\\s+|\\s*[-\u2013\u2014]\\s+|\\s*=\\s*)(.+)$");
    private static final Pattern SERIES = Pattern.compile(
            "(?:(\\b[\\w-]+)\\s*(=|:|\\s-|\\s\u2013)|\\b([\\w-]+)\\s+(of|such as|including|includes|include|into|are|namely|like))\\s*"
                    + "([^.;:()=]+?,[^.;:()=]+?)(?=[.;(]|\\s[-\u2013]|$)");
    /** The words that open examples: what follows is an open sample of the noun before, not its parts. */
    private static final Pattern EXAMPLES = Pattern.compile("(?i)such as|including|like");

    private static final Pattern EXAMPLES_ANYWHERE =
            Pattern.compile("(?i)\\b(?:such as|including|like|e\\.g|eg|for example|for instance)\\b");
    /**
     * Nouns naming the parts of a whole: an example of one ("stages such as lead generation, …") is
     * still one of the whole's parts, unlike an example of anything else ("barriers such as price").
     */
    private static final Pattern PART_NOUN = Pattern.compile(
            "(?i)stages|steps|phases|levels|tiers|components|elements|parts|dimensions|pillars|building-blocks");

    /** "→", "->", "=>" (and their heavier forms) between the steps of a model. */
    private static final Pattern ARROW = Pattern.compile("\\s*(?:\u2192|\u27F6|\u279C|\u2794|\u21D2|-{1,2}>|=>)\\s*");
    /** "IDIC: …", "IDIC – …": the term before a line of steps. */
    private static final Pattern STEPS_LABEL =
            Pattern.compile("^([^:\u2192=>]{1,60}?)(?::\\s+|\\s+[\u2013\u2014-]\\s+)(\\S.*)$");
    /** A step is a short name: a few words with no clause punctuation, its brackets closed. */
    private static final int STEP_WORDS = 4;

    private ListParser() {}

    static Answer parse(String back) {
        String text = Names.withoutPageRefs(back);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        Optional<Answer> steps = arrowSteps(lines);
        if (steps.isPresent()) {
            return steps.get();
        }
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
        if (listLines.isEmpty()) {
            Optional<Answer> terms = explainedLines(lines).or(() -> termLines(lines));
            if (terms.isPresent()) {
                return terms.get();
            }
        }
        String proseText = String.join(" ", prose);
        if (listLines.size() == 1 && isRunOnNumbered(lines.get(lines.size() - 1).strip())) {
            return new Answer(
                    proseText, runOnNumbered(lines.get(lines.size() - 1).strip()), true, "run-on");
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

    /**
     * A line of three short steps or more joined by arrows ("Identify → Differentiate → Interact
     * → Customize"): the steps of a model, in order; the other lines are the prose. A line with
     * one arrow ("trust -> commitment") is a pair, and an answer with a list of its own keeps it.
     */
    private static Optional<Answer> arrowSteps(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<ListItem> steps = steps(lines.get(i))
                    .filter(s -> s.label() == null)
                    .map(Steps::items)
                    .orElse(List.of());
            List<String> others = new ArrayList<>(lines);
            others.remove(i);
            if (!steps.isEmpty()
                    && others.stream().noneMatch(l -> LIST_LINE.matcher(l).matches())) {
                return Optional.of(new Answer(
                        String.join(" ", others.stream().map(String::strip).toList()), steps, true, "arrows"));
            }
        }
        return Optional.empty();
    }

    /**
     * Terms on lines of their own without bullets, each perhaps explained by a bracketed line under
     * it ("transaction" / "(a one-off trade)" / "relationship" / "(trade over years)"): a list, as
     * long as every line is such a short term or its bracketed explanation.
     */
    private static Optional<Answer> termLines(List<String> lines) {
        List<ListItem> items = new ArrayList<>();
        for (String written : lines) {
            String line = written.strip();
            if (line.startsWith("(")
                    && line.endsWith(")")
                    && !items.isEmpty()
                    && !items.get(items.size() - 1).explained()) {
                ListItem last = items.remove(items.size() - 1);
                items.add(new ListItem(
                        last.name(), line.substring(1, line.length() - 1).strip()));
            } else if (Regex.split(line, "\\s+").length <= STEP_WORDS && !Regex.matches(line, ".*[,;:.?!=()>].*")) {
                items.add(new ListItem(line, null));
            } else {
                return Optional.empty();
            }
        }
        return items.size() >= 2 && items.stream().anyMatch(ListItem::explained)
                ? Optional.of(new Answer("", items, false, "lines"))
                : Optional.empty();
    }

    /** The longest term an unmarked "Term – explanation" line may have. */
    private static final int LINE_TERM_WORDS = 5;

    /**
     * Two or more lines, each a short term and its explanation without a bullet ("Bow-tie: contact
     * runs through …" / "Diamond: many functions …", "Users - the people who …", "MQL (marketing
     * qualified lead): a lead …"): a list of explained terms, as long as every line is one.
     */
    private static Optional<Answer> explainedLines(List<String> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<ListItem> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = SEPARATOR.matcher(line.strip());
            // a gloss in brackets after the term is part of its name ("MQL (marketing qualified lead): …")
            String term = m.matches() ? Regex.replaceFirst(m.group(1).strip(), "\\s*\\([^()]{1,40}\\)$", "") : "";
            if (!m.matches()
                    || Regex.split(term, "\\s+").length > LINE_TERM_WORDS
                    || Regex.matches(term, ".*[,;.?!()].*")
                    || Regex.split(m.group(2).strip(), "\\s+").length < 3) {
                return Optional.empty();
            }
            items.add(new ListItem(m.group(1).strip(), m.group(2).strip()));
        }
        return Optional.of(new Answer("", items, false, "term-lines"));
    }

    /** A line of steps joined by arrows, with the term labelling it ("IDIC: Identify → …") or null. */
    record Steps(String label, List<ListItem> items) {}

    /** The steps of a line (or list item) joined by arrows, after the label that names them if there is one. */
    static Optional<Steps> steps(String written) {
        String line = LIST_LINE.matcher(written).replaceFirst("$3").strip();
        Matcher labelled = STEPS_LABEL.matcher(line);
        if (labelled.matches()
                && Regex.split(labelled.group(1), "\\s+").length <= 6
                && !arrowSteps(labelled.group(2)).isEmpty()) {
            return Optional.of(new Steps(labelled.group(1).strip(), arrowSteps(labelled.group(2))));
        }
        List<ListItem> steps = arrowSteps(line);
        return steps.isEmpty() ? Optional.empty() : Optional.of(new Steps(null, steps));
    }

    /** The steps of one line joined by arrows, or none when it has fewer than three or one is more than a short name. */
    static List<ListItem> arrowSteps(String line) {
        String[] parts = ARROW.split(Regex.replaceAll(line.strip(), "[.;]+$", ""), -1);
        if (parts.length < 3) {
            return List.of();
        }
        List<ListItem> steps = new ArrayList<>();
        for (String part : parts) {
            String step = part.strip();
            boolean balanced = step.chars().filter(c -> c == '(').count()
                    == step.chars().filter(c -> c == ')').count();
            if (step.isEmpty()
                    || Regex.split(step, "\\s+").length > STEP_WORDS
                    || Regex.matches(step, ".*[,;:.?!=].*")
                    || !balanced) {
                return List.of();
            }
            steps.add(new ListItem(step, null));
        }
        return steps;
    }

    private static Answer bullets(String prose, List<String[]> lines) {
        int top = lines.stream().mapToInt(l -> l[0].length()).min().orElse(0);
        List<ListItem> items = new ArrayList<>();
        boolean numbered = true;
        int first = 0;
        for (String[] l : lines) {
            if (l[0].length() > top && !items.isEmpty()) {
                ListItem last = items.remove(items.size() - 1);
                String more = l[1].strip();
                items.add(new ListItem(last.name(), last.explained() ? last.explanation() + "; " + more : more));
                continue;
            }
            numbered &= l[2] != null;
            if (items.isEmpty() && l[2] != null) {
                first = position(l[2]);
            }
            items.add(item(l[1].strip()));
        }
        // "2. … 3. … 4. …": the first item went into the prompt; the list read is not the whole list
        boolean cut = numbered && first > 1;
        return new Answer(prose, items, numbered && !cut, numbered ? "numbered" : "bullets", cut);
    }

    /** The position a list mark gives: "3" → 3, "c" → 3. */
    private static int position(String mark) {
        return Character.isDigit(mark.charAt(0)) ? Integer.parseInt(mark) : mark.charAt(0) - 'a' + 1;
    }

    /** "Name: explanation", "Name - explanation", "Name= explanation", or the bare item. */
    static ListItem item(String text) {
        String s = Regex.replaceAll(text.strip(), "[.:;,]+$", "");
        Matcher m = SEPARATOR.matcher(s);
        if (m.matches() && Regex.split(m.group(1), "\\s+").length <= 7) {
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
        String s = Regex.replaceAll(text, "\\s*\\([^()]*\\)", "").strip();
        Matcher m = SERIES.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.start() + 1;
            boolean symbol = m.group(1) != null;
            String cue = (symbol ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT);
            if (!symbol && !(cue.endsWith("s") || Regex.matches(cue, "criteria|phenomena|media|data"))) {
                continue;
            }
            String after = s.substring(m.end(5)).toLowerCase(Locale.ROOT);
            if (Regex.matches(after, "^\\W*(for example|for instance|etc|e\\.g).*")
                    || Regex.matches(m.group(5), "(?is).*\\b(e\\.g|for example|for instance)\\b.*")
                    || !symbol
                            && EXAMPLES.matcher(m.group(4)).matches()
                            && !PART_NOUN.matcher(cue).matches()
                    || symbol && aside(m.group(2), after)) {
                continue;
            }
            List<ListItem> items = seriesItems(Regex.replaceAll(m.group(5), "(?i)\\s+etc\\.?$", ""));
            // "people in the EU, including for CRM and marketing": the commas open examples, not members
            if (items.stream().anyMatch(i -> EXAMPLES_ANYWHERE.matcher(i.name()).lookingAt())) {
                continue;
            }
            if (items.size() >= 3) {
                return items;
            }
        }
        if (whole
                && !s.contains(". ")
                && !EXAMPLES_ANYWHERE.matcher(s).find()
                && !Regex.matches(s, ".*[=:].*")
                && seriesItems(s).size() >= 3) {
            return seriesItems(s);
        }
        return List.of();
    }

    /**
     * A series between two dashes inside a sentence ("the emotions expected - friendliness, calm -
     * as part of the job") is an aside, a few examples dropped into the sentence, not a list the
     * sentence gives.
     */
    private static boolean aside(String opening, String after) {
        return !Regex.matches(opening.strip(), "[=:]") && Regex.matches(after, "^\\s[-\u2013]\\s+\\S.*");
    }

    private static List<ListItem> seriesItems(String text) {
        String[] parts = Regex.split(
                Regex.replaceAll(text.strip(), "[.;]+$", ""),
                "\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+(?=[^,]*$)|\\s+\\+\\s+");
        List<ListItem> items = new ArrayList<>();
        if (parts.length > 0) {
            parts[0] = Regex.replaceFirst(parts[0], "(?i)^.*\\s(?:are|is|include|includes)\\s+", "");
        }
        for (String p : parts) {
            String name = Regex.replaceAll(p.strip(), "^(and|or)\\s+", "");
            if (name.isEmpty()) {
                continue;
            }
            if (Regex.split(name, "\\s+").length > 4 || name.contains(";")) {
                return List.of(); // a long phrase, or "airlines; Vouchers" across two cells of a row: no series
            }
            items.add(new ListItem(name, null));
        }
        return items;
    }
}
