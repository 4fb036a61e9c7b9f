package crmgraph.read;

import crmgraph.Regex;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page furniture by its shape: rating scales (a short prompt, then ascending small
 * numbers with a few short labels), lines repeated across a deck, "N … questions on …" headers,
 * deck titles, and promotional lines (talk of grades, studying, tools and guarantees aimed at the
 * reader rather than at the subject).
 */
final class Furniture {

    private static final Pattern COUNT_HEADER = Pattern.compile(
            "^\\d+\\s+(\\S+\\s+){0,3}(questions?|flash\\s*cards?|cards?|terms?|definitions?|concepts?|items?)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** "Terms in this set (14)", "Cards in this deck: 22", "Decks in this class (6):": the count after its noun. */
    private static final Pattern COUNT_AFTER = Pattern.compile(
            "^(?:total\\s+)?(?:(?:questions?|flash\\s*cards?|cards?|decks?|terms?|definitions?|concepts?|items?)\\b"
                    + "[^0-9]{0,30}[(:]?\\s*\\d+\\s*\\)?|decks?\\s+in\\b.{0,50}\\(\\s*\\d+\\s*\\)\\s*:?)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TITLE_WORDS = Pattern.compile(
            "\\b(flash\\s*cards?|deck|quizlet|anki|chapter|unit|week|lecture|module|revision|review|study guide|glossary|notes|exam|quiz|terms|vocabulary|mcqs?|true\\s+or\\s+false|practice\\s+questions|self[- ]test)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of study-site advertising: about the reader's studying, not about any subject. */
    private static final Set<String> PROMO_WORDS = Set.of(
            "grade",
            "grades",
            "learning",
            "learn",
            "study",
            "studying",
            "studied",
            "exam",
            "exams",
            "tool",
            "app",
            "unique",
            "twice",
            "faster",
            "100%",
            "summary",
            "material",
            "originate",
            "download",
            "free",
            "premium",
            "sign",
            "subscribe",
            "signup",
            "guaranteed",
            "guarantee",
            "hope",
            "practice",
            "flashcards",
            "pass",
            "understanding",
            "sure",
            "smarter",
            "students",
            "page",
            "upgrade",
            "trial",
            "never",
            "marks",
            "revision",
            "revise",
            "quicker",
            "easier",
            "instantly",
            "boost",
            "ace",
            "questions",
            "ads",
            "advert",
            "adverts",
            "remove",
            "unlimited",
            "account",
            "unlock",
            "locked",
            "subscription",
            "preview");

    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "^(get|try|join|download|sign up|start|never|become|boost|unlock|ace|discover)\\b|[!+]|\\b100%|\\bwww\\.|https?://",
            Pattern.CASE_INSENSITIVE);

    /** "12/40", "Card 3 of 24", "Question 7 of 10": a study site's card counter. */
    private static final Pattern COUNTER = Pattern.compile(
            "^(?:(?:card|question|term|item|q)\\s*)?\\d{1,4}\\s*(?:/|of)\\s*\\d{1,4}$", Pattern.CASE_INSENSITIVE);
    /** "Front", "Back:", "• Term": the column labels a study site prints above or beside its cards. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[\u2022\u25AA\u25CF\u00B7*\\-]\\s*)?(?:front|back|term|terms|definition|definitions|question|answer|side\\s*[12ab]|advertisement|sponsored|ad|ads|promoted)\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** "Chapter 9", "Page 2", "PART B": where a deck or a page starts a new part. */
    private static final Pattern SECTION = Pattern.compile(
            "^(?:(?:chapter|ch\\.|unit|week|wk|lecture|module|topic|session|lesson|page)\\s*\\d{1,3}\\b|(?:part|section)\\s*(?:\\d{1,3}|[A-Z])\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "MKT 3320", "BUS210", "CRM-101A": a course code names a course, not a concept. */
    private static final Pattern COURSE_CODE = Pattern.compile("\\b[A-Z]{2,5}[ -]?\\d{3,4}[A-Z]?\\b");

    /** Study sites name themselves in their advertising ("Quizlet Plus", "StudyStack Premium"). */
    private static final Pattern STUDY_SITE = Pattern.compile(
            "\\b(?:quizlet|brainscape|studystack|cram(?:\\.com)?|chegg|course\\s*hero|studocu|knowt|anki(?:web)?)\\b|\\bplus\\b|\\bpro\\b",
            Pattern.CASE_INSENSITIVE);

    /** A study site's controls: "Show answer", "Click the card to flip", "Was this helpful?". */
    private static final Pattern CONTROL = Pattern.compile(
            "^(?:(?:show|hide|reveal|see|view|check)\\s+(?:the\\s+)?(?:answers?|hints?|solutions?|explanations?)|click\\b.{0,30}\\bflip\\b.*|was\\s+this\\s+(?:\\w+\\s+)?helpful\\b.*|(?:get\\s+a\\s+)?hint|this\\s+is\\s+a\\s+preview\\b.*|this\\s+answer\\s+is\\s+locked\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Key: value" with a key of a word or three, capitalised. */
    private static final Pattern PROPERTY =
            Pattern.compile("^([A-Z][A-Za-z]*(?:\\s+[A-Za-z]+){0,2})\\s*:\\s+(\\S.{0,80})$");
    /** A label line: one capitalised word (maybe numbered), a colon, a value. */
    private static final Pattern LABEL_LINE = Pattern.compile("^[A-Z][a-z]+(?:\\s+\\d{1,3})?\\s*:\\s+(\\S.{0,80})$");
    /** Properties stand within the first lines of a document. */
    private static final int PROPERTY_ZONE = 6;
    /** A page's header is short; a count line further down is part of the deck (a card, a footer). */
    private static final int MAX_HEADER_LINES = 40;
    /** Fewer short lines than this at the top are a title block, not a site's menu. */
    private static final int MIN_MENU_LINES = 5;

    private final Map<String, Integer> counts = new HashMap<>();

    Furniture(List<SourceLine> lines) {
        String previous = null;
        for (SourceLine line : lines) {
            if (line.blank()) {
                continue;
            }
            String folded = fold(line.text());
            counts.merge(folded, 1, Integer::sum);
            if (previous != null) {
                followers
                        .computeIfAbsent(previous, k -> new java.util.HashSet<>())
                        .add(line.stripped());
            }
            previous = folded;
        }
    }

    private final Map<String, java.util.Set<String>> followers = new HashMap<>();

    /**
     * A line that repeats three times or more without being content: a scale label, a banner.
     * A term that several cards define (each time followed by a different definition) is content.
     */
    boolean repeated(String text) {
        String s = text.strip();
        int n = counts.getOrDefault(fold(s), 0);
        if (n < 3
                || Shapes.words(s) > 8
                || Shapes.isInteger(s)
                || Shapes.isVerdict(s)
                || Shapes.isListLine(text)
                || s.length() <= 1
                || !Shapes.withoutAnswerLabel(s).equals(s)) {
            return false;
        }
        java.util.Set<String> next = followers.getOrDefault(fold(s), java.util.Set.of());
        return !(next.size() >= n - 1 && next.stream().allMatch(Shapes::isAnswerLike));
    }

    /** Any line that is furniture wherever it stands. */
    boolean anywhere(String text) {
        return repeated(text) || promotional(text) || countHeader(text) || counterOrLabel(text) || sectionBreak(text);
    }

    /**
     * The end (exclusive) of a saved page's header: the site's menu, the set's title, ratings, study
     * modes, a preview of the first card, up to the line that announces the cards ("Terms in this
     * set (14)", "15 cards | Created by …") when one stands in the first half of the file; or else a
     * run of at least four short menu-like lines at the top. 0 when the file starts with content.
     */
    static int pageHeaderEnd(List<SourceLine> lines) {
        int nonBlank = (int) lines.stream().filter(l -> !l.blank()).count();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            seen++;
            if (seen > nonBlank / 2 || seen > MAX_HEADER_LINES) {
                break;
            }
            if (countHeader(lines.get(i).text()) && seen > 1) {
                return i + 1;
            }
        }
        return menuRunEnd(lines);
    }

    /**
     * A document's properties under its title ("Course: MKT 305", "Created: 4 March 2024", "Tags:
     * complaints, week 8", "Status: Done"): a run of three or more "Key: value" lines near the top
     * whose values are mostly figures, dates, tags or a few words — not definitions. Keys that are
     * acronyms, or values their initials spell, are a glossary, not properties.
     */
    static java.util.BitSet properties(List<SourceLine> lines) {
        return properties(lines, 0);
    }

    /**
     * As {@link #properties(List)}, looking from {@code from} on (the end of a saved page's menu);
     * a lone label line there ("Course: Services Marketing", "Labels: CRM · flashcards": one
     * capitalised word, maybe with a number, then a title or tags) is furniture too, never a term
     * and its definition.
     */
    static java.util.BitSet properties(List<SourceLine> lines, int from) {
        java.util.BitSet marked = new java.util.BitSet();
        int seen = 0;
        int i = from;
        while (i < lines.size() && seen < PROPERTY_ZONE) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int j = i;
            int propertyLike = 0;
            while (j < lines.size()
                    && !lines.get(j).blank()
                    && PROPERTY.matcher(lines.get(j).stripped()).matches()) {
                propertyLike += propertyValue(lines.get(j).stripped()) ? 1 : 0;
                j++;
            }
            if (j - i >= 3 && propertyLike * 3 >= (j - i) * 2) {
                marked.set(i, j);
                return marked;
            }
            if (j - i == 1 && labelLine(lines.get(i).stripped())) {
                marked.set(i);
            }
            seen++;
            i = Math.max(i + 1, j);
        }
        return marked;
    }

    /** "Lecture 3: Service Quality", "Labels: CRM · flashcards": a label word, then a title or a run of tags. */
    static boolean labelLine(String line) {
        java.util.regex.Matcher m = LABEL_LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String value = m.group(1).strip();
        if (Regex.matches(value, ".*[.;!?]$") || Shapes.words(value) > 8) {
            return false;
        }
        if (!Shapes.withoutAnswerLabel(line).equals(line)) {
            return false; // "Answer: b" is a card's answer, whatever its shape
        }
        boolean tags = Regex.matches(value, ".*[\u00B7|#,].*");
        List<String> words = java.util.Arrays.stream(Regex.split(value, "\\s+"))
                .filter(w -> w.length() >= 4 && Character.isLetter(w.charAt(0)))
                .toList();
        boolean title = !words.isEmpty() && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return tags || title;
    }

    private static boolean propertyValue(String line) {
        java.util.regex.Matcher m = PROPERTY.matcher(line);
        m.matches();
        String key = m.group(1).strip();
        String value = m.group(2).strip();
        if (key.equals(key.toUpperCase(Locale.ROOT)) && key.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        return Regex.matches(value, ".*\\d.*")
                || value.contains(",")
                || value.contains("\u00B7")
                || Shapes.words(value) <= 3;
    }

    /**
     * The start of a saved page's footer: the first line of a listing of other sets ("Students also
     * viewed", set names over "22 terms") in the second half of the file. Everything from there on
     * is the site's (more sets, textbook offers, links, the cookie notice), lines.size() when none.
     */
    static int pageFooterStart(List<SourceLine> lines, java.util.BitSet listings) {
        int nonBlank = (int) lines.stream().filter(l -> !l.blank()).count();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            seen++;
            if (seen > nonBlank / 2 && listings.get(i)) {
                return i;
            }
        }
        return lines.size();
    }

    private static int menuRunEnd(List<SourceLine> lines) {
        int run = 0;
        int end = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            String s = l.stripped();
            if (Shapes.words(s) > 4
                    || Shapes.closed(s)
                    || s.endsWith("?")
                    || Shapes.isListLine(l.text())
                    || PageChrome.cardsBeginAt(lines, i)) {
                break; // short terms alternating with their definitions are cards, however short
            }
            run++;
            end = i + 1;
        }
        return run >= MIN_MENU_LINES ? end : 0;
    }

    /**
     * Lines of a listing of other decks, as study sites print under a deck ("Other sets by this
     * creator", "Services marketing wk 2", "22 terms", …): the line above each count, and the
     * short headings above those, up to the first line that ends a sentence.
     */
    static java.util.BitSet listings(List<SourceLine> lines) {
        java.util.BitSet marked = new java.util.BitSet();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank() || !countHeader(lines.get(i).text())) {
                continue;
            }
            int k = previousNonBlank(lines, i);
            while (k >= 0 && !marked.get(k) && listingLine(lines.get(k).stripped())) {
                marked.set(k);
                k = previousNonBlank(lines, k);
                if (k >= 0 && countHeader(lines.get(k).text())) {
                    break;
                }
            }
        }
        return marked;
    }

    private static boolean listingLine(String s) {
        return Shapes.words(s) <= 8 && !Shapes.closed(s) && !s.endsWith("?") && !Shapes.isListLine(s);
    }

    private static int previousNonBlank(List<SourceLine> lines, int i) {
        int k = i - 1;
        while (k >= 0 && lines.get(k).blank()) {
            k--;
        }
        return k;
    }

    /**
     * The letters that divide a glossary from A to Z ("C", "D", "J" alone on their lines): three or
     * more, in alphabetical order. A lone letter elsewhere ("a" answering a multiple-choice question)
     * is content.
     */
    static java.util.BitSet alphabetDividers(List<SourceLine> lines) {
        java.util.BitSet found = new java.util.BitSet();
        char last = 0;
        for (SourceLine l : lines) {
            String s = Regex.replaceAll(l.stripped(), "^#{1,6}\\s+", "");
            if (s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z') {
                if (s.charAt(0) <= last) {
                    return new java.util.BitSet();
                }
                last = s.charAt(0);
                found.set(l.number() - 1);
            }
        }
        return found.cardinality() >= 3 ? found : new java.util.BitSet();
    }

    /** A card counter or a column label: never content, wherever it stands. */
    static boolean counterOrLabel(String text) {
        String s = text.strip();
        return COUNTER.matcher(s).matches()
                || LABEL.matcher(s).matches()
                || CONTROL.matcher(s).find();
    }

    static boolean countHeader(String text) {
        String s = text.strip();
        return (COUNT_HEADER.matcher(s).matches() || COUNT_AFTER.matcher(s).matches()) && Shapes.words(s) <= 14;
    }

    static boolean titleLike(String text) {
        String s = text.strip();
        boolean question = s.endsWith("?")
                && (Shapes.opensQuestion(s) || !TITLE_WORDS.matcher(s).find());
        return Shapes.words(s) <= 12
                && !s.endsWith(".")
                && !question
                && (TITLE_WORDS.matcher(s).find() || COURSE_CODE.matcher(s).find() || countHeader(s));
    }

    /** "Chapter 9", "Week 3 – pricing": a section break inside a deck, never a card. */
    static boolean sectionBreak(String text) {
        String s = text.strip();
        // "Part B - open questions (3 pts each)": the marks in brackets and the dash are no words of the title
        String title = Regex.replaceAll(Regex.replaceFirst(s, "\\s*\\([^()]*\\)$", ""), "\\s[-\u2013\u2014]\\s", " ");
        return Shapes.words(title) <= 6 && SECTION.matcher(s).find() && !s.endsWith(".") && !s.endsWith("?");
    }

    static boolean promotional(String text) {
        String s = Shapes.BULLET.matcher(text).replaceFirst("$3").strip();
        if (Shapes.words(s) > 22 || s.isEmpty()) {
            return false;
        }
        int score = 0;
        for (String w : Regex.split(s.toLowerCase(Locale.ROOT), "[^a-z0-9%]+")) {
            if (PROMO_WORDS.contains(w)) {
                score++;
            }
        }
        if (s.contains("100%")) {
            score++;
        }
        if (STUDY_SITE.matcher(s).find()) {
            score++;
        }
        if (CALL_TO_ACTION.matcher(s).find()) {
            score++;
        }
        return score >= 3;
    }

    /**
     * The end (exclusive) of a rating scale starting at {@code from}, or {@code from} when none
     * starts there: an optional short prompt, then numbers counting up from 0 or 1 (three at least)
     * with short labels among them; the scale ends with a label after its last number.
     */
    static int ratingScaleEnd(List<SourceLine> lines, int from) {
        int i = skipBlank(lines, from);
        if (i < lines.size()
                && !Shapes.isInteger(lines.get(i).text())
                && isScalePrompt(lines.get(i).text())) {
            i = skipBlank(lines, i + 1);
        }
        int expected = -1;
        int numbers = 0;
        int labels = 0;
        int end = from;
        while (i < lines.size()) {
            String s = lines.get(i).stripped();
            if (s.isEmpty()) {
                i++;
                continue;
            }
            if (Shapes.isInteger(s)) {
                int n = Integer.parseInt(s);
                if (expected < 0 ? n > 1 : n != expected) {
                    break;
                }
                expected = n + 1;
                numbers++;
            } else if (Shapes.words(s) <= 4
                    && !Regex.matches(s, ".*\\d.*")
                    && expected >= 0
                    && labels < 3
                    && !s.endsWith("?")) {
                labels++;
                if (numbers >= 3) {
                    end = secondEndLabel(lines, i + 1);
                    break;
                }
            } else {
                break;
            }
            i++;
            if (numbers >= 3) {
                end = i;
            }
        }
        return numbers >= 3 ? end : from;
    }

    /**
     * A scale labelled at both ends after its numbers ("Not at all", "Perfectly"): the second label
     * belongs to it when it follows at once and the card text does not go on after it.
     */
    private static int secondEndLabel(List<SourceLine> lines, int next) {
        if (next >= lines.size() || lines.get(next).blank()) {
            return next;
        }
        String s = lines.get(next).stripped();
        boolean label = Shapes.words(s) <= 4 && !Regex.matches(s, ".*\\d.*") && !s.endsWith("?") && !s.endsWith(":");
        boolean alone = next + 1 < lines.size()
                && (lines.get(next + 1).blank()
                        || Shapes.isInteger(lines.get(next + 1).text())
                        || counterOrLabel(lines.get(next + 1).text()));
        return label && alone ? next + 1 : next;
    }

    /** The line before a scale: a short question or instruction (the numbers that follow decide). */
    private static boolean isScalePrompt(String text) {
        String s = text.strip();
        return Shapes.words(s) <= 8 && !s.endsWith(".") && !Shapes.isListLine(text);
    }

    private static int skipBlank(List<SourceLine> lines, int i) {
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    private static String fold(String text) {
        return Regex.replaceAll(text.strip().toLowerCase(Locale.ROOT), "\\s+", " ");
    }
}
