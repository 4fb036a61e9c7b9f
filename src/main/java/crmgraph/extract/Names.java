package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import crmgraph.nlp.Lexicon;
import crmgraph.read.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concept names as cards write them: cleaning (articles, "(def)", page references, stray
 * punctuation, non-acronym parentheticals) and acronyms ("Service Level Agreement (SLA)").
 */
final class Names {

    private static final Pattern PAGE_REF = Pattern.compile(
            "\\s*\\(\\s*(?:p|pp|pg|page|pages)\\.?\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?\\s*\\)|\\s+(?:page|pg)\\.?\\s+\\d+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEF_MARK = Pattern.compile(
            "\\s*\\((?:def|defn|definition)\\.?\\)\\s*$|\\s+(?:definition|def)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN = Pattern.compile("\\s*\\(([^()]{1,60})\\)");
    private static final Pattern ACRONYM_POSSESSIVE = Pattern.compile("\\b([A-Z]{2,8})['\u2019]s\\b");
    private static final Set<String> SMALL =
            Set.of("of", "and", "for", "the", "&", "to", "in", "on", "a", "an", "with", "by");

    private Names() {}

    /** Straight quotes, acronym plurals ("CR’s" → "CR"), no page references. */
    static String normalise(String text) {
        String s = text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"');
        if (s.indexOf('\'') >= 0) {
            s = ACRONYM_POSSESSIVE.matcher(s).replaceAll("$1");
        }
        return withoutPageRefs(s).strip();
    }

    /**
     * The text without page references. Only a text with a digit can hold one: asked of every
     * name and definition, the pattern itself (tried at every position) was a tenth of extraction.
     */
    static String withoutPageRefs(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9')
                ? PAGE_REF.matcher(text).replaceAll("")
                : text;
    }

    /** A definition as written, without page references. */
    static String cleanDefinition(String text) {
        String s = withoutPageRefs(text);
        return Regex.replaceAll(s, "[ \\t]+\\n", "\n").strip();
    }

    /** A name without articles, "(def)", enclosing quotes, trailing punctuation or non-acronym asides. */
    static String clean(String name) {
        String s = Regex.replaceAll(normalise(name), "\\*\\*|__", "");
        s = DEF_MARK.matcher(s).replaceAll("");
        Matcher p = PAREN.matcher(s);
        StringBuilder b = new StringBuilder();
        while (p.find()) {
            p.appendReplacement(b, Acronym.isAcronym(p.group(1).strip()) ? Matcher.quoteReplacement(p.group()) : "");
        }
        p.appendTail(b);
        s = b.toString().strip();
        s = Regex.replaceAll(
                Regex.replaceAll(Regex.replaceAll(s, "^[\"'\\s]+|[\"'\\s]+$", ""), "[\\s.,;:?!=\\-\u2013]+$", ""),
                "^[\\-\u2013\u2022*>\u2192\\s]+",
                "");
        s = ARTICLE.matcher(s).replaceFirst("");
        return Regex.replaceAll(s, "\\s+", " ").strip();
    }

    /**
     * A heading written in capitals, as notes write them ("PRICE TIERS", "SERVQUAL DIMENSIONS"), in
     * lower case where its words are English words; the others are acronyms and keep their capitals.
     * One word in capitals is an acronym as it stands. Only headings: a flashcard's term is kept as
     * its writer typed it.
     */
    static String unshouted(String name) {
        if (!Shapes.shouted(name)) {
            return name;
        }
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            boolean word = lower.chars().allMatch(Character::isLetter) && !Lexicon.misspelled(lower);
            out.append(out.length() == 0 ? "" : " ").append(word ? lower : w);
        }
        return out.toString();
    }

    /** A name with an acronym in brackets after it: the name and the acronym. */
    record Expansion(String name, String acronym, int start, int end) {}

    /** Every "Words Of The Name (WOTN)" in a text whose initials spell the acronym. */
    static List<Expansion> expansions(String text) {
        List<Expansion> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\(([A-Z][A-Za-z&]{1,8})\\)").matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            if (!Acronym.isAcronym(acronym)) {
                continue;
            }
            String before = text.substring(0, m.start()).stripTrailing();
            String[] words = Regex.split(before, "[\\s]+");
            for (int k = 1; k <= Math.min(words.length, 9); k++) {
                List<String> tail = List.of(words).subList(words.length - k, words.length);
                if (SMALL.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (spells(tail, acronym)) {
                    String name = Regex.replaceAll(String.join(" ", tail), "^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
                    out.add(new Expansion(name, Acronym.stem(acronym), m.start(), m.end()));
                    break;
                }
            }
        }
        return out;
    }

    /** True when the words' initials (small words optional, hyphen parts optional) spell the acronym. */
    static boolean spells(List<String> words, String acronym) {
        String letters =
                Regex.replaceAll(acronym, "s$", "").toLowerCase(Locale.ROOT).replace("&", "");
        return spells(words, 0, letters, 0);
    }

    private static boolean spells(List<String> words, int w, String letters, int l) {
        if (w == words.size()) {
            return l == letters.length();
        }
        String word = Regex.replaceAll(words.get(w).toLowerCase(Locale.ROOT), "[^a-z0-9\\-]", "");
        if (word.isEmpty()) {
            return spells(words, w + 1, letters, l);
        }
        if (SMALL.contains(word) && spells(words, w + 1, letters, l)) {
            return true;
        }
        String[] parts = word.split("-");
        if (l + parts.length <= letters.length() && parts.length > 1) {
            boolean all = true;
            for (int i = 0; i < parts.length; i++) {
                all &= !parts[i].isEmpty() && parts[i].charAt(0) == letters.charAt(l + i);
            }
            if (all && spells(words, w + 1, letters, l + parts.length)) {
                return true;
            }
        }
        return l < letters.length() && word.charAt(0) == letters.charAt(l) && spells(words, w + 1, letters, l + 1);
    }

    /** A name and another name for the same thing, both written on a card. */
    record Synonym(String name, String alias) {}

    private static final Pattern NAME_WITH_ASIDE = Pattern.compile(
            "^([^()]{2,60}?)\\s*\\(\\s*(?:(aka|a\\.k\\.a\\.|also\\s+called|also\\s+known\\s+as|or)\\s+)?([^()]{2,50})\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^[A-Za-z]+\\s+\\d{1,2}$");
    /** "Gap 1 - the listening gap", "Stage 2: exploration": a numbered label and the name it stands for. */
    private static final Pattern LABEL_DASH_NAME = Pattern.compile(
            "^([A-Za-z]+\\s+\\d{1,2})\\s*[-\u2013\u2014:]\\s*((?:the\\s+)?[^-\u2013\u2014:]{2,40})$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "FCR (first contact resolution)": an acronym spelled out after it, the spelled-out name
     * first; "Gap 1 (knowledge gap)", "undifferentiated marketing (mass marketing)", "variability
     * (aka heterogeneity)": two names of one thing, where the aside is said to be one or is a
     * phrase with the same head noun. A numbered label gives way to the name. Authors, examples
     * and lone words in brackets are no names.
     */
    static Optional<Synonym> synonym(String text) {
        Matcher dash = LABEL_DASH_NAME.matcher(text.strip());
        if (dash.matches()) {
            return Optional.of(new Synonym(clean(dash.group(2)), dash.group(1).strip()));
        }
        Matcher m = NAME_WITH_ASIDE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String x = m.group(1).strip();
        String y = Regex.replaceAll(m.group(3).strip(), "[.,;]+$", "");
        boolean said = m.group(2) != null;
        if (Regex.matches(y, ".*[,&;:].*|(?i)^(?:e\\.g|i\\.e|eg|ie|see|page|p|def)\\b.*") || Acronym.isAcronym(y)) {
            return Optional.empty();
        }
        if (Acronym.isAcronym(x) && abbreviates(x, y)) {
            return Optional.of(new Synonym(clean(y), x));
        }
        if (translated(x, y)) {
            return Optional.of(new Synonym(clean(y), clean(x)));
        }
        boolean label = NUMBERED_LABEL.matcher(x).matches();
        String head = label ? lastWord(Regex.replaceAll(x, "\\s+\\d+$", "")) : lastWord(x);
        boolean sameHead = words(y) >= 2 && head.equals(lastWord(y));
        if (!said && !sameHead || words(y) > 5) {
            return Optional.empty();
        }
        return Optional.of(label ? new Synonym(clean(y), x) : new Synonym(clean(x), clean(y)));
    }

    /**
     * "cliente interno (internal customer)", "marketing interno (internal marketing)": a name in
     * another language with its English in brackets, which a course in English asks for. The name
     * has two words no English dictionary knows, or one beside a word the gloss shares; the gloss
     * has none. A lone English term of art ("servicescape (physical setting)") is no translation.
     */
    static boolean translated(String name, String gloss) {
        List<String> nameWords = letterWords(name);
        List<String> glossWords = letterWords(gloss);
        if (glossWords.isEmpty() || glossWords.stream().anyMatch(crmgraph.nlp.Lexicon::misspelled)) {
            return false;
        }
        long foreign =
                nameWords.stream().filter(crmgraph.nlp.Lexicon::misspelled).count();
        boolean shared =
                nameWords.stream().anyMatch(w -> !crmgraph.nlp.Lexicon.misspelled(w) && glossWords.contains(w));
        return foreign >= 2 || foreign == 1 && shared;
    }

    /** The lower-case words of three letters or more of a text, split at spaces and hyphens. */
    private static List<String> letterWords(String text) {
        return java.util.Arrays.stream(Regex.split(text.toLowerCase(Locale.ROOT), "[\\s\\-/]+"))
                .filter(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter))
                .toList();
    }

    /**
     * Whether an acronym is made from a name's words: their initials ("PED", price elasticity of
     * demand), or a word's first letters ("CSAT", customer satisfaction), small words optional.
     */
    static boolean abbreviates(String acronym, String name) {
        String letters =
                Regex.replaceAll(Regex.replaceAll(acronym, "s$", "").toLowerCase(Locale.ROOT), "[^a-z0-9]", "");
        List<String> words = List.of(Regex.split(
                Regex.replaceAll(name.toLowerCase(Locale.ROOT), "[^a-z0-9\\s-]", " ")
                        .strip(),
                "[\\s-]+"));
        return !letters.isEmpty() && prefixes(words, 0, letters, 0);
    }

    private static boolean prefixes(List<String> words, int w, String letters, int l) {
        if (l == letters.length()) {
            // "CSAT (customer satisfaction score)": one last word may stand outside the acronym
            return words.subList(w, words.size()).stream()
                            .filter(x -> !SMALL.contains(x))
                            .count()
                    <= (letters.length() >= 3 ? 1 : 0);
        }
        if (w == words.size()) {
            return false;
        }
        String word = words.get(w);
        if (SMALL.contains(word) && prefixes(words, w + 1, letters, l)) {
            return true;
        }
        if (word.isEmpty() || word.charAt(0) != letters.charAt(l)) {
            return false;
        }
        // the word's first letter, then perhaps more of its letters in order ("lifeTime" gives the T of SLTV)
        int at = 0;
        for (int k = 1; l + k <= letters.length(); k++) {
            if (k > 1) {
                at = word.indexOf(letters.charAt(l + k - 1), at + 1);
                if (at < 0) {
                    break;
                }
            }
            if (prefixes(words, w + 1, letters, l + k)) {
                return true;
            }
        }
        return false;
    }

    /** A name's last word in lower case, a plural's "s" gone ("Performance attributes" → "attribute"). */
    static String lastWord(String s) {
        String w = Regex.replaceAll(
                Regex.replaceAll(s.toLowerCase(Locale.ROOT), "[^a-z0-9\\s-]", "")
                        .strip(),
                ".*\\s",
                "");
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** The acronym in a name like "Customer Relationship Management (CRM)", if any. */
    static Optional<Expansion> trailingAcronym(String name) {
        List<Expansion> all = expansions(name);
        return all.isEmpty()
                        || all.get(all.size() - 1).end() < name.stripTrailing().length() - 1
                ? Optional.empty()
                : Optional.of(all.get(all.size() - 1));
    }

    /** The text with its first letter in upper case: a sentence completed from a term in lower case. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : Regex.split(s, "\\s+").length;
    }

    /** Lower-case initials of a name's words (small words skipped). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : Regex.split(name.toLowerCase(Locale.ROOT), "[\\s\\-]+")) {
            if (!w.isEmpty() && !SMALL.contains(w) && Character.isLetterOrDigit(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
