package crmgraph.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of single lines that readers decide on: bullets, numbered items, questions and
 * imperative prompts, verdicts, run-on lists, term-like phrases and sentence-like answers.
 * Everything here looks at the form of the text, never at particular wording of a deck.
 */
final class Shapes {

    static final Pattern BULLET = Pattern.compile("^(\\s*)([\u2022\u25AA\u25E6\u25CF\u00B7\u2023\u2043\u25CB\u25A0*+\\-\u2013\u2014>])\\s+(.*)$");
    static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,2}|[a-zA-Z])[.)]\\s+(.*)$");
    private static final Pattern INTEGER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(define|explain|describe|list|name|outline|discuss|compare|contrast|state|give|identify|summari[sz]e|distinguish)\\s+\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_WORD = Pattern.compile(
            "^(what|how|why|when|where|which|who|whom|whose|is|are|does|do|can|should)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERDICT = Pattern.compile("^(true|false)[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUN_ON_NUMBER = Pattern.compile("(?:^|[\\s.;,)])(\\d{1,2})[.)]?\\s+(?=\\S)");
    private static final Pattern DASH_TERM = Pattern.compile("[A-Za-z)]- +\\S");
    private static final Pattern DEF_SUFFIX = Pattern.compile("(\\((def|definition)\\)|\\bdefinition)$", Pattern.CASE_INSENSITIVE);

    private Shapes() {
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text).matches() && !text.strip().matches("^[-\u2013\u2014]+$");
    }

    static boolean isNumberedItem(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.matches() && (Character.isDigit(m.group(2).charAt(0)) || text.strip().length() > 3 && m.group(2).length() == 1
                && Character.isLowerCase(m.group(2).charAt(0)));
    }

    static boolean isListLine(String text) {
        return isBullet(text) || isNumberedItem(text);
    }

    static boolean isInteger(String text) {
        return INTEGER.matcher(text.strip()).matches();
    }

    static boolean isVerdict(String text) {
        return VERDICT.matcher(text.strip()).matches();
    }

    /** "Define X", "Explain X": an imperative prompt, short enough to be a prompt. */
    static boolean isImperativePrompt(String text) {
        String s = text.strip();
        return IMPERATIVE.matcher(s).find() && !s.matches("^\\S+-\\s.*") && words(s) <= 16 && Character.isUpperCase(s.charAt(0));
    }

    static boolean isQuestion(String text) {
        String s = text.strip();
        if (s.endsWith("?")) {
            return words(s) <= 30;
        }
        return QUESTION_WORD.matcher(s).find() && words(s) <= 10 && !s.endsWith(".") && Character.isUpperCase(s.charAt(0))
                && !s.contains("- ");
    }

    /** A line that announces what follows: a question, an imperative, "X (def)", or a lead-in ending in a colon. */
    static boolean isStrongPrompt(String text) {
        String s = text.strip();
        return isQuestion(s) || isImperativePrompt(s) || DEF_SUFFIX.matcher(s).find() && words(s) <= 8 || leadsIn(s);
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
        return w > 0 && w <= 8 && !s.endsWith(".") && !s.endsWith(";") && !s.endsWith(",") && !isQuestion(s)
                && !isListShaped(s) && !s.contains(". ");
    }

    /** A clause or sentence: the shape of an answer. */
    static boolean isAnswerLike(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        return Character.isLowerCase(s.charAt(0)) && words(s) > 2 || s.endsWith(".") || words(s) > 9 || isListShaped(s)
                || s.contains("; ") || s.contains("= ") || s.contains("=");
    }
}
