package crmgraph.read;

import crmgraph.Regex;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of single lines that readers decide on: bullets, numbered items, questions and
 * imperative prompts, verdicts, run-on lists, term-like phrases and sentence-like answers.
 * Everything here looks at the form of the text, never at particular wording of a deck. The few
 * shapes extraction needs too (blanks, prompts asking for a name, lettered options) are public.
 */
public final class Shapes {

    static final Pattern BULLET = Pattern.compile(
            "^(\\s*)([\u2022\u25AA\u25E6\u25CF\u00B7\u2023\u2043\u25CB\u25A0*+\\-\u2013\u2014>])\\s+(.*)$");
    static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,2}|[a-zA-Z])[.)]\\s+(.*)$");
    private static final Pattern INTEGER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(?:briefly\\s+|please\\s+)?(define|explain|describe|list|name|outline|discuss|compare|contrast|state|give|identify|summari[sz]e|distinguish|differentiate)\\s+\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_WORD = Pattern.compile(
            "^(what|how|why|when|where|which|who|whom|whose|is|are|does|do|can|should)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WH_WORD =
            Pattern.compile("^(what|how|why|when|where|which|who|whom|whose)\\b", Pattern.CASE_INSENSITIVE);
    /** "True", "FALSE.", "Correct answer: True", "False - it can raise quality", "FALSE (they are inhibitors)". */
    private static final Pattern VERDICT =
            Pattern.compile("^(true|false)(?:[.!]?|\\s*[-\u2013:;,(]\\s*.{0,200})$", Pattern.CASE_INSENSITIVE);

    private static final Pattern RUN_ON_NUMBER = Pattern.compile("(?:^|[\\s.;,)])(\\d{1,2})[.)]?\\s+(?=\\S)");
    private static final Pattern DASH_TERM = Pattern.compile("[A-Za-z)]- +\\S");
    private static final Pattern DEF_SUFFIX =
            Pattern.compile("(\\((def|definition)\\)|\\bdefinition)$", Pattern.CASE_INSENSITIVE);

    /** Words inside brackets: an aside ("(Rigby 2002)") says nothing of how a heading is written. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");

    /**
     * Written in capitals, as notes write a section's title ("DATA QUALITY", "THE FOUR PERILS OF CRM
     * (Rigby 2002)"): two words or more of two letters outside brackets, every letter of them a
     * capital. One word in capitals is an acronym, a term of its own.
     */
    public static boolean shouted(String text) {
        String outside = BRACKETED.matcher(text).replaceAll(" ");
        long words = java.util.Arrays.stream(outside.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 2)
                .count();
        return words >= 2 && outside.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A blank to fill in: three or more underscores (some exports write them spaced or as dots). */
    private static final Pattern BLANK = Pattern.compile("_{3,}|(?:_ ){2,}_|\\.{5,}");
    /** A prompt that gives a description and asks for its name: "… is called:", "What is the term for …?". */
    private static final Pattern ASKS_NAME_AT_END = Pattern.compile(
            "\\b(?:is|are|was|were)\\s+(?:(?:often|also|usually|commonly|sometimes)\\s+)?(?:called|known\\s+as|referred\\s+to\\s+as|termed|named|described\\s+as|labell?ed(?:\\s+as)?|dubbed|the\\s+(?:term|name|word)\\s+(?:for|given\\s+to))(?:\\s+(?:the|a|an|its|their|his|her|your|our))?\\s*(?:_{3,})?\\s*[:?.…]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ASKS_NAME_AT_START = Pattern.compile(
            "^(?:what|which)\\s+(?:is\\s+the\\s+)?(?:term|word|name|concept|phrase)\\b|^what\\s+(?:do|does|did)\\s+(?:we|you|marketers|firms|companies)\\s+call\\b|^what\\s+is\\s+it\\s+called\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_CUE =
            Pattern.compile("(?i)call|known|refer|term|nam|describ|label|dub|word|concept|phrase|_{3}|[:\u2026]$");
    /** "A person who bought once but feels no attachment is a:": a long description asks for what it is. */
    private static final Pattern DESCRIPTION_IS_A = Pattern.compile(
            "^(.{30,}?)\\s+(?:is|are)\\s+(?:a|an|the)\\s*(?:_{3,})?\\s*[:…]$", Pattern.CASE_INSENSITIVE);
    /** "a. Loyalty", "B) Trust": a lettered option of a multiple-choice question. */
    static final Pattern OPTION = Pattern.compile("^\\s*(?:\\(?([a-hA-H])[.)]|\\(([a-hA-H])\\))\\s+(\\S.*)$");
    /** The label some exports put before an answer: "Answer: c", "Correct answer - b", "Ans. c". */
    private static final Pattern ANSWER_LABEL =
            Pattern.compile("^(?:correct\\s+)?(?:answer|ans)\\s*(?:[:.=\\-–]|is\\b)\\s*", Pattern.CASE_INSENSITIVE);
    /** Words after which a line cannot end a sentence: the next line goes on with it. */
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i)(?:[,\\-–(/&]|\\b(?:the|a|an|of|and|or|but|nor|to|in|into|for|with|by|on|at|from|that|which|who|whose|as|is|are|be|been|was|were|its|their|our|your|than|between|through|about|such|this|these|those|more|most|less|each|every|both|either|if|when|while|because|so|not|can|will|may|must|should|would|could|has|have|had|do|does|via|per|e\\.g\\.|i\\.e\\.))$");

    private static final List<String> ROW_SEPARATORS = List.of(" - ", " – ", " — ", "->", "→", " / ", ": ", " = ");

    private Shapes() {}

    /** How many blanks to fill in a prompt holds. */
    public static int blanks(String text) {
        Matcher m = BLANK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A prompt that describes something and asks what it is called: its answer is a term. */
    public static boolean asksForName(String text) {
        return ASKS_NAME.get(text, Shapes::computeAsksForName);
    }

    /**
     * The shapes below are asked of the same line many times while a deck is weighed (every
     * reading that puts it on either side); their regexes are most of the reading time.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> ASKS_NAME =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(20_000)
                    .build();

    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> STRONG_PROMPT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(20_000)
                    .build();

    private static boolean computeAsksForName(String text) {
        String s = text.strip();
        if (!NAME_CUE.matcher(s).find()) {
            return false; // every way of asking for a name has one of these words, a blank, or ends on ':'
        }
        return ASKS_NAME_AT_END.matcher(s).find()
                || ASKS_NAME_AT_START.matcher(s).find()
                || blanks(s) == 1
                || DESCRIPTION_IS_A.matcher(s).matches();
    }

    /**
     * What a prompt that asks for a name describes: "Buyers who leave are called:" → "Buyers who
     * leave"; "Which term refers to selling more to a buyer?" → "selling more to a buyer". Empty
     * when the prompt asks no name this way.
     */
    public static java.util.Optional<String> describedByName(String text) {
        String s = text.strip();
        Matcher end = ASKS_NAME_AT_END.matcher(s);
        if (end.find()) {
            // "…, this is called:", "… to serve. This benefit is called:": the subject only points back at the
            // description
            String before = Regex.replaceAll(
                    s.substring(0, end.start()),
                    "(?i)(?:(?:[,;\u2013\u2014-]|^)\\s*(?:this|these|it|they|that)|(?<=[.;:])\\s*(?:this|these|such)(?:\\s+[a-z-]+){1,2})\\s*$",
                    "");
            return nonEmpty(
                    Regex.replaceAll(before, "\\s*(?:_{3,}|\\.{5,})\\s*", " ").strip());
        }
        Matcher isA = DESCRIPTION_IS_A.matcher(s);
        if (isA.matches()) {
            return nonEmpty(isA.group(1).strip());
        }
        Matcher start = ASKS_NAME_AT_START.matcher(s);
        if (start.find()) {
            String after = s.substring(start.end())
                    .replaceFirst(
                            "(?i)^\\s*(?:(?:is\\s+)?(?:used\\s+)?(?:for|to\\s+describe|that\\s+describes?|that\\s+means?|which\\s+means?)|refers\\s+to|describes|means|denotes|is\\s+given\\s+to|when)\\s+",
                            "");
            return nonEmpty(Regex.replaceAll(after, "[?.:\\s]+$", ""));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> nonEmpty(String s) {
        return s.isBlank() || words(s) < 2 ? java.util.Optional.empty() : java.util.Optional.of(s);
    }

    /** A line that cannot end where it does: its sentence goes on in the next line. */
    static boolean openEnded(String text) {
        return OPEN_END.matcher(text.strip()).find();
    }

    /** True when {@code text} ends a sentence or a question. */
    static boolean closed(String text) {
        String s = text.strip();
        return s.endsWith(".")
                || s.endsWith("?")
                || s.endsWith("!")
                || s.endsWith(":")
                || s.endsWith(";")
                || s.endsWith(")") && s.length() > 1 && s.charAt(s.length() - 2) == '.';
    }

    /**
     * Whether two texts share a content word, compared by its first five letters ("redemption" and
     * "redeem" do not, "programme" and "programmes" do). Words of three letters or fewer and the
     * commonest function words are not compared.
     */
    static boolean sharesStem(String a, String b) {
        java.util.Set<String> stems = stems(a);
        return stems(b).stream().anyMatch(stems::contains);
    }

    private static java.util.Set<String> stems(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : Regex.split(text.toLowerCase(Locale.ROOT), "[^a-z]+")) {
            if (w.length() >= 4 && !FUNCTION_WORDS.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "that", "with", "from", "which", "their", "this", "have", "been", "into", "when", "what", "they", "them",
            "there", "these", "those", "than", "then", "were", "will", "would", "should", "could", "about", "also",
            "each", "more", "most", "other", "such", "some", "very", "only", "over", "under", "after", "before",
            "where", "while", "whose", "does", "done", "make", "made", "used", "uses", "using");

    /** "Explanation: …", "Note: …": a line that explains the answer above it. */
    static boolean explains(String text) {
        return EXPLANATION.matcher(text.strip()).find();
    }

    private static final Pattern EXPLANATION =
            Pattern.compile("^(?:explanation|reason|note|why|feedback)\\s*:", Pattern.CASE_INSENSITIVE);

    /** "(+ indirect tasks: …)": an aside in brackets, standing alone on its line. */
    static boolean parenthesised(String text) {
        String s = text.strip();
        return s.length() > 2 && s.startsWith("(") && s.endsWith(")");
    }

    /** Two lines built alike, as rows of one list are: both "x - y", "x -> y", "x / y", "x: y" or "x = y". */
    static boolean sameRowShape(String a, String b) {
        for (String separator : ROW_SEPARATORS) {
            if (a.contains(separator) && b.contains(separator)) {
                return true;
            }
        }
        return false;
    }

    /** The text without an "Answer:" label before it. */
    public static String withoutAnswerLabel(String text) {
        return ANSWER_LABEL.matcher(text.strip()).replaceFirst("");
    }

    /** The text of an option line without its letter: "c) Trust" → "Trust". */
    public static String optionText(String text) {
        Matcher m = OPTION.matcher(text);
        return m.matches() ? m.group(3).strip() : text.strip();
    }

    /**
     * The option an answer names, as the question wrote it ("b) reliability" for "Answer: b", "(b)",
     * "b." or "reliability"), or the answer as given when it names none.
     */
    static String chosenOption(List<String> options, String answer) {
        int cut = answer.indexOf('\n');
        if (cut > 0) {
            // the option named on the first line, the explanation below kept after it
            return chosenOption(options, answer.substring(0, cut)) + answer.substring(cut);
        }
        String given = withoutAnswerLabel(answer);
        String bare = Regex.replaceAll(given, "^\\(|[.)]$|\\)$", "").strip();
        char letter = bare.length() == 1 ? Character.toLowerCase(bare.charAt(0)) : optionLetter(given);
        for (String option : options) {
            if (optionLetter(option) == letter && letter != 0
                    || letter == 0 && optionText(option).equalsIgnoreCase(bare)) {
                return option.strip();
            }
        }
        return given;
    }

    /** The spans of the blanks in a prompt, in order. */
    public static List<int[]> blankSpans(String text) {
        List<int[]> spans = new java.util.ArrayList<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The letter of an option line ("c" for "c) Trust"), or 0 when it is none. */
    public static char optionLetter(String text) {
        Matcher m = OPTION.matcher(text);
        if (!m.matches()) {
            return 0;
        }
        String letter = m.group(1) != null ? m.group(1) : m.group(2);
        return Character.toLowerCase(letter.charAt(0));
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : Regex.split(s, "\\s+").length;
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text).matches() && !Regex.matches(text.strip(), "^[-\u2013\u2014]+$");
    }

    static boolean isNumberedItem(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.matches()
                && (Character.isDigit(m.group(2).charAt(0))
                        || text.strip().length() > 3
                                && m.group(2).length() == 1
                                && Character.isLowerCase(m.group(2).charAt(0)));
    }

    static boolean isListLine(String text) {
        return isBullet(text) || isNumberedItem(text);
    }

    static boolean isInteger(String text) {
        return INTEGER.matcher(text.strip()).matches();
    }

    static boolean isVerdict(String text) {
        return VERDICT.matcher(withoutAnswerLabel(text)).matches();
    }

    /** "Define X", "Explain X": an imperative prompt, short enough to be a prompt. */
    static boolean isImperativePrompt(String text) {
        String s = text.strip();
        return IMPERATIVE.matcher(s).find()
                && !Regex.matches(s, "^\\S+-\\s.*")
                && words(s) <= 16
                && Character.isUpperCase(s.charAt(0));
    }

    static boolean isQuestion(String text) {
        String s = text.strip();
        if (s.endsWith("?")) {
            return words(s) <= 30;
        }
        return QUESTION_WORD.matcher(s).find()
                && words(s) <= 10
                && !s.endsWith(".")
                && Character.isUpperCase(s.charAt(0))
                && !s.contains("- ");
    }

    /** Starts the way a question or an instruction starts, in any case: "what's", "how", "define" (not "are …"). */
    static boolean opensQuestion(String text) {
        String s = text.strip();
        return WH_WORD.matcher(s).find() || IMPERATIVE.matcher(s).find();
    }

    /** A line that announces what follows: a question, an imperative, "X (def)", or a lead-in ending in a colon. */
    static boolean isStrongPrompt(String text) {
        return STRONG_PROMPT.get(text, Shapes::computeStrongPrompt);
    }

    private static boolean computeStrongPrompt(String text) {
        String s = text.strip();
        return isQuestion(s)
                || isImperativePrompt(s)
                || DEF_SUFFIX.matcher(s).find() && words(s) <= 8
                || leadsIn(s)
                || asksForName(s) && words(s) >= 3
                || blanks(s) > 0 && words(s) >= 3;
    }

    static boolean leadsIn(String text) {
        String s = text.strip();
        return s.endsWith(":") || s.toLowerCase(Locale.ROOT).endsWith("the following") || s.endsWith("are:");
    }

    /** A list written on one line: "1 A.2 B.3 C." or "1. x 2. y". */
    static boolean isRunOnNumbered(String text) {
        Matcher m = RUN_ON_NUMBER.matcher(text.strip());
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                if (expected == 1 && m.start(1) > 2) {
                    return false;
                }
                expected++;
            }
        }
        return expected > 2;
    }

    /** "Term- explanation Term- explanation" on one line. */
    static boolean isDashRun(String text) {
        Matcher m = DASH_TERM.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n >= 2;
    }

    static boolean isListShaped(String text) {
        return isRunOnNumbered(text) || isDashRun(text);
    }

    /** A short noun phrase: the shape of a term on a flashcard. */
    static boolean isTermLike(String text) {
        String s = text.strip();
        int w = words(s);
        return w > 0
                && w <= 8
                && !s.endsWith(".")
                && !s.endsWith(";")
                && !s.endsWith(",")
                && !isQuestion(s)
                && !isListShaped(s)
                && !s.contains(". ");
    }

    /** A clause or sentence: the shape of an answer. */
    static boolean isAnswerLike(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        return Character.isLowerCase(s.charAt(0)) && words(s) > 2
                || s.endsWith(".")
                || words(s) > 9
                || isListShaped(s)
                || s.contains("; ")
                || s.contains("= ")
                || s.contains("=");
    }
}
