package crmgraph.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A definition as a quiz shows it: bullet lines joined into one sentence-like text, page
 * references dropped, and cut to the first sentences so a prompt stays readable. What only makes
 * sense beside text the quiz does not show is left out: a closing sentence announcing what follows
 * ("… fall into three groups:") and a later line pointing back at earlier ones ("all three cost
 * sales", "These are …").
 */
final class DefinitionText {

    static final int MAX_WORDS = 45;

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-\u2022*\u00b7\u25aa\u2013]+|\\d{1,2}[.)])\\s*");
    private static final Pattern PAGE =
            Pattern.compile("\\(?\\b(?:page|p\\.)\\s*\\d+\\)?|\\((?:def|definition)\\)", Pattern.CASE_INSENSITIVE);
    private static final String COUNTED = "(?:all|both) (?:two|three|four|five|six|seven|\\d+)";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+(?=[A-Z\"'(\u201c])");
    /**
     * A text opening with a word that points back at what came before: a demonstrative or a
     * third-person pronoun (closed classes of English), or a quantifier with a number ("all three").
     */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^(?:this|that|these|those|it|its|they|them|their|" + COUNTED + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A text opening with a quantifier and a number ("all three", "both two"), which counts things
     * named before it. A pronoun opening a definition's first line stands for the term itself
     * ("Those where customers …"), but a count can only point back.
     */
    private static final Pattern COUNTS_BACK = Pattern.compile("^" + COUNTED + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SHORTHAND_WITH = Pattern.compile("(?<![\\p{L}/])w/(?=\\s)");
    private static final Pattern SHORTHAND_WITHOUT = Pattern.compile("(?<![\\p{L}/])w/(?:o|out)(?![\\p{L}/])");
    private static final Pattern SHORTHAND_BECAUSE = Pattern.compile("(?<![\\p{L}/])b/c(?![\\p{L}/])");
    private static final Pattern SHORTHAND_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])b4(?![\\p{L}\\p{N}])");
    /** "cant", "dont", "isnt": a negation typed without its apostrophe ("wont" is a word of its own). */
    private static final Pattern BARE_NOT =
            Pattern.compile("(?i)\\b(can|don|doesn|isn|aren|wasn|weren|didn|hasn|haven|wouldn|shouldn|couldn)t\\b");

    /**
     * Words of hurried notes with one reading each, written in lower case between words ("tells u
     * how many", "the cust forms", "btwn the desired level"). Capitalised or glued to a symbol or
     * number ("U-shaped", "u = utility") they are left alone.
     */
    private static final Map<String, String> SHORT_WORDS = Map.ofEntries(
            Map.entry("u", "you"),
            Map.entry("ur", "your"),
            Map.entry("cust", "customer"),
            Map.entry("custs", "customers"),
            Map.entry("btwn", "between"),
            Map.entry("mktg", "marketing"),
            Map.entry("mgmt", "management"),
            Map.entry("ppl", "people"),
            Map.entry("govt", "government"),
            Map.entry("thru", "through"),
            Map.entry("esp", "especially"));

    private static final Pattern SHORT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}=/'\u2019-])("
            + String.join("|", SHORT_WORDS.keySet()) + ")(?![\\p{L}\\p{N}=/'\u2019.-]|\\s*[=<>])");
    /** "agents r NOT available": "r" for "are", after a plural and before a word. */
    private static final Pattern SHORT_ARE = Pattern.compile("(?<=\\p{L}s )r(?= \\p{L})");

    private static final Pattern AMPERSAND = Pattern.compile("(?<=\\p{L})\\s+[&+]\\s+(?=\\p{L})");
    /** A bullet mark inside a line, where a copied list was run together ("e.g. § abandoned basket … § birthday …"). */
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s+[\u00a7\u2022\u25aa\u25e6\u27a2\u25ba]\\s+");
    /** Where a clause of its own starts: after a full stop or a semicolon. */
    private static final Pattern CLAUSE_START = Pattern.compile("[.;]\\s+");

    private DefinitionText() {}

    /** The definition cleaned, cut and its typing slips put right; empty when nothing usable is left. */
    static String of(String definition) {
        List<String> parts = new ArrayList<>();
        for (String line : definition.split("\\R")) {
            String s = PAGE.matcher(BULLET.matcher(line).replaceFirst(""))
                    .replaceAll(" ")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (!s.isEmpty() && (parts.isEmpty() || !refersBack(s))) {
                parts.add(parts.isEmpty() ? s : s.replaceAll("^[.;,:]+\\s*", ""));
            }
        }
        if (!parts.isEmpty()) {
            parts.set(parts.size() - 1, withoutAnnouncement(parts.get(parts.size() - 1)));
            parts.removeIf(String::isEmpty);
        }
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String p = part.replaceAll("[;,:]+$", "");
            if (joined.length() > 0) {
                // a line that ended its sentence is followed as the next sentence, another after "; "
                joined.append(".!?".indexOf(joined.charAt(joined.length() - 1)) >= 0 ? " " : "; ");
            }
            joined.append(p);
        }
        return Typos.repaired(cut(withoutExclamation(
                spelledOut(joined.toString()).replaceAll("\\s+([.,;:])", "$1").strip())));
    }

    /**
     * The text before a clause that exclaims ("… (+ intermediaries). still the centre!", "…; the
     * firm's best friends! respond quickly"): a note to self, not part of what the term means. A
     * first clause that exclaims is kept: there is nothing before it.
     */
    static String withoutExclamation(String text) {
        int bang = text.indexOf('!');
        if (bang < 0) {
            return text;
        }
        int cut = -1;
        java.util.regex.Matcher m = CLAUSE_START.matcher(text);
        while (m.find() && m.start() < bang) {
            cut = m.start();
        }
        if (cut <= 0) {
            return text;
        }
        String kept = text.substring(0, cut).strip();
        return text.charAt(cut) == '.' ? kept + "." : kept;
    }

    /**
     * The shorthands of hurried notes written out ("w/" → with, "w/o" → without, "b/c" → because,
     * "b4" → before, "cant" → can't, "u" → you, "cust" → customer, "btwn" → between, "&" or "+"
     * between words → and) and bullet marks run into a line made
     * separators: they have one reading each, and a lecturer would not hand them out.
     */
    private static String spelledOut(String text) {
        String s = SHORTHAND_WITHOUT
                .matcher(SHORTHAND_BECAUSE
                        .matcher(SHORTHAND_WITH.matcher(text).replaceAll("with"))
                        .replaceAll("because"))
                .replaceAll("without");
        s = SHORTHAND_BEFORE.matcher(s).replaceAll("before");
        s = BARE_NOT.matcher(s).replaceAll("$1't");
        s = SHORT_WORD.matcher(s).replaceAll(m -> SHORT_WORDS.get(m.group(1)));
        s = SHORT_ARE.matcher(s).replaceAll("are");
        String runs = AMPERSAND.matcher(s).replaceAll(" and ");
        // the first mark after "e.g." or a colon opens the run: a space; each later one parts two items
        return INLINE_BULLET
                .matcher(runs)
                .replaceAll(m -> OPENS_RUN.matcher(runs.substring(0, m.start())).find() ? " " : "; ");
    }

    private static final Pattern OPENS_RUN = Pattern.compile("(?:[:,]|\\b(?:e\\.g|i\\.e)\\.)$");

    /** Whether a later line opens by pointing back at text before it. */
    static boolean refersBack(String text) {
        return REFERS_BACK.matcher(text.strip()).find();
    }

    /** Whether a definition opens by counting things named before it. */
    static boolean countsBack(String text) {
        return COUNTS_BACK.matcher(text.strip()).find();
    }

    /** A line without its closing sentence when that sentence ends in a colon: what it announces is not shown. */
    private static String withoutAnnouncement(String line) {
        if (!line.endsWith(":")) {
            return line;
        }
        String[] sentences = SENTENCE_END.split(line);
        return String.join(" ", java.util.Arrays.copyOf(sentences, sentences.length - 1));
    }

    private static String cut(String text) {
        StringBuilder out = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (out.length() > 0 && words(out.toString()) + words(sentence) > MAX_WORDS) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(sentence);
            if (words(out.toString()) >= 12) {
                break;
            }
        }
        String s = out.toString();
        String[] w = s.split(" ");
        if (w.length > MAX_WORDS) {
            s = String.join(" ", java.util.Arrays.copyOf(w, MAX_WORDS)).replaceAll("[,;:]$", "") + " \u2026";
        }
        return s;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
