package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flashcard-site exports: each card is an optional number line, a "Q" marker, the question, an
 * "A" marker and the answer, usually followed by a rating scale. Markers may also carry the text
 * ("Q: …", "Question: …").
 */
final class QaReader implements FormatReader {

    /** Longest word first: with "q" first, "Question" would read as the marker "q" and the text "uestion". */
    /** What an exam gives a question: "(1 pt)", "(4 marks)". */
    private static final String SCORE = "\\(\\d+(?:\\.\\d+)?\\s*(?:pts?|points?|marks?)\\)";

    private static final Pattern Q = Pattern.compile(
            "^(question|front|term|q)(\\s*\\d{1,3}(?:\\s*" + SCORE + ")?)?\\s*[:.)]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern A =
            Pattern.compile("^(answer|ans|back|definition|a)()\\s*[:.)]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** A question's number before its text: "3. …", "4) …"; after an answer, the next question. */
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(?=\\S)");
    /** Questions that go without a marker, answers that carry one ("ans: …", "Answer: b"): at least this many. */
    private static final int MIN_MARKED_ANSWERS = 3;

    @Override
    public String format() {
        return "qa-rated";
    }

    @Override
    public double fit(List<SourceLine> lines) {
        int q = 0;
        int a = 0;
        int answered = 0;
        int nonBlank = 0;
        String previous = "";
        for (SourceLine l : lines) {
            if (l.blank()) {
                continue;
            }
            nonBlank++;
            if (isMarker(l.stripped(), Q)) {
                q++;
            } else if (isMarker(l.stripped(), A)) {
                answered += inline(l, A).blank() ? 0 : 1;
                // "Front" straight above "Back" with nothing between is a column header, not a card
                boolean header = isMarker(previous, Q)
                        && Q.matcher(previous).replaceFirst("$3").isBlank();
                q -= header ? 1 : 0;
                a += header ? 0 : 1;
            }
            previous = l.stripped();
        }
        if (a == 0 && q >= MIN_MARKED_ANSWERS) {
            // "Q1. What is …?" with the answer on the lines below it
            return Math.min(1.0, 0.6 + 4.0 * q / Math.max(1, nonBlank));
        }
        if (q == 0 && answered >= MIN_MARKED_ANSWERS && answered == a) {
            return oneQuestionPerAnswer(lines) ? Math.min(1.0, 0.6 + 4.0 * a / Math.max(1, nonBlank)) : 0;
        }
        return q >= 1 && a >= 1 && Math.abs(q - a) <= Math.max(1, q / 5)
                ? Math.min(1.0, 0.6 + 4.0 * q / Math.max(1, nonBlank))
                : 0;
    }

    /**
     * Whether every marked answer closes one question: two numbered questions before one answer
     * ("3. …" / "4. …" / "Answer: d") mean some answers are written another way ("Correct answer: B",
     * a bare "d"), and the file is read line by line instead.
     */
    private static boolean oneQuestionPerAnswer(List<SourceLine> lines) {
        int numbered = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).stripped();
            if (isMarker(l, A)) {
                numbered = 0;
                if (!setOff(lines, i)) {
                    return false;
                }
            } else if (NUMBER.matcher(l).find() && ++numbered > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the next question visibly starts after an answer: a blank line, a numbered line or
     * the end follows it, after at most two lines of its own set off by brackets or indent ("(the
     * communication gap)"). A question straight below an answer could be the answer's second line.
     */
    private static boolean setOff(List<SourceLine> lines, int answer) {
        int j = answer + 1;
        while (j < lines.size()
                && j <= answer + 2
                && !lines.get(j).blank()
                && (lines.get(j).stripped().startsWith("(")
                        || Character.isWhitespace(lines.get(j).text().charAt(0)))) {
            j++;
        }
        return j >= lines.size()
                || lines.get(j).blank()
                || NUMBER.matcher(lines.get(j).stripped()).find();
    }

    /**
     * Whether questions and answers marked on their lines ("Q: …" then "A: …") make up most of a
     * file's text, headings aside: notes typed in a Markdown editor this way, which the Markdown
     * reader would take for terms named "Q" and "A".
     */
    static boolean marksMostLines(List<SourceLine> lines) {
        int q = 0;
        int a = 0;
        int text = 0;
        for (SourceLine l : lines) {
            if (l.blank() || l.stripped().startsWith("#")) {
                continue;
            }
            text++;
            if (isMarker(l.stripped(), Q) && !inline(l, Q).blank()) {
                q++;
            } else if (isMarker(l.stripped(), A) && !inline(l, A).blank()) {
                a++;
            }
        }
        return q >= 2 && Math.abs(q - a) <= Math.max(1, q / 5) && 2 * (q + a) >= text;
    }

    /** Whether a label alone marks a question: "Q", "Q3", "Question 2", "Front", "Term". */
    static boolean asks(String label) {
        Matcher m = Q.matcher(label.strip());
        return m.matches() && m.group(3).isEmpty();
    }

    /** Whether a label alone marks an answer: "A", "Ans", "Answer", "Back", "Definition". */
    static boolean answers(String label) {
        Matcher m = A.matcher(label.strip());
        return m.matches() && m.group(3).isEmpty();
    }

    /** A marker line: the bare letter or word, or the word followed by a colon and text. */
    private static boolean isMarker(String s, Pattern p) {
        var m = p.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1);
        String number = m.group(2) == null ? "" : m.group(2);
        String rest = m.group(3);
        if (!number.isEmpty()) {
            // "Q3. …", "Question 2 (1 pt)": a numbered marker, its text after a mark or on the lines below
            int after = word.length() + number.length();
            return rest.isEmpty() || after < s.length() && ":.)".indexOf(s.charAt(after)) >= 0;
        }
        return rest.isEmpty() ? word.length() <= 10 : s.length() > word.length() && s.charAt(word.length()) == ':';
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        Furniture furniture = new Furniture(lines);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isMarker(lines.get(i).stripped(), Q)) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            answersMarked(lines, furniture, out);
            return;
        }
        leading(lines.subList(0, cardStart(lines, starts.get(0))), out);
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? cardStart(lines, starts.get(k + 1)) : lines.size();
            card(lines, cardStart(lines, from), from, to, furniture, out);
        }
    }

    /** A card begins at its number line when one stands right before the Q marker. */
    private static int cardStart(List<SourceLine> lines, int marker) {
        int i = marker - 1;
        while (i >= 0 && lines.get(i).blank()) {
            i--;
        }
        return i >= 0 && Shapes.isInteger(lines.get(i).text()) ? i : marker;
    }

    private static void leading(List<SourceLine> head, CardCollector out) {
        for (SourceLine l : head) {
            if (!l.blank() && (Shapes.words(l.text()) <= 14 || Furniture.promotional(l.text()))) {
                out.furniture(l);
            }
        }
    }

    private void card(List<SourceLine> lines, int start, int qMarker, int end, Furniture furniture, CardCollector out) {
        int aMarker = -1;
        for (int i = qMarker + 1; i < end; i++) {
            if (isMarker(lines.get(i).stripped(), A)) {
                aMarker = i;
                break;
            }
        }
        int questionEnd = aMarker >= 0 ? aMarker : unmarkedAnswer(lines, qMarker, end);
        List<SourceLine> question = new ArrayList<>();
        question.add(inline(lines.get(qMarker), Q));
        question.addAll(lines.subList(qMarker + 1, questionEnd));
        List<SourceLine> answer = new ArrayList<>();
        if (aMarker >= 0) {
            answer.add(inline(lines.get(aMarker), A));
            answer.addAll(lines.subList(aMarker + 1, end));
        } else {
            answer.addAll(lines.subList(questionEnd, end));
        }
        List<SourceLine> kept = answerLines(answer, furniture, out);
        int last = Math.max(
                lastNonBlank(question), aMarker < 0 ? 0 : lines.get(aMarker).number());
        if (!kept.isEmpty()) {
            last = Math.max(last, kept.get(kept.size() - 1).number());
        }
        String front = join(question, furniture, out);
        String back = joinRaw(kept);
        List<String> options = options(front);
        if (options.size() >= 2 && !back.isBlank()) {
            back = Shapes.chosenOption(options, back);
        }
        if (kept.size() == 1
                && options.size() < 2
                && Shapes.isTermLike(back)
                && !Shapes.isListLine(back)
                && Shapes.isAnswerLike(front)
                && !Shapes.isStrongPrompt(front)) {
            // a definition asked for its term: the term is the prompt side
            out.card(back.strip(), front, lines.get(start).number(), last);
            return;
        }
        out.card(front, back, lines.get(start).number(), last);
    }

    /**
     * Where the answer begins when no marker sets it off ("Q1. What is KAM?" and the answer on the
     * lines below): after the question's text, which ends at the first line closing a sentence or
     * a question. A bare marker ("Question 2 (1 pt)") has its question on the lines below, up to
     * its end too. With no such line, nothing is an answer.
     */
    private static int unmarkedAnswer(List<SourceLine> lines, int marker, int end) {
        boolean bare = inline(lines.get(marker), Q).blank();
        for (int i = bare ? marker + 1 : marker; i < end; i++) {
            String text =
                    i == marker ? inline(lines.get(i), Q).text() : lines.get(i).stripped();
            if (!text.isBlank() && Regex.matches(text, ".*[?:.]\\s*$")) {
                return i + 1;
            }
        }
        return end;
    }

    private static SourceLine inline(SourceLine marker, Pattern p) {
        var m = p.matcher(marker.stripped());
        m.matches();
        // "(4 marks)" after an exam question scores it; it is no part of it
        return new SourceLine(marker.number(), MARKS.matcher(m.group(3)).replaceFirst(""));
    }

    private static final Pattern MARKS = Pattern.compile("\\s*" + SCORE + "\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * Questions without a marker, each followed by its marked answer ("3. Satisfied staff are more
     * _____" / "ans: productive"; a question and its options / "Answer: b"): a card runs from the end
     * of the one before to its answer line, and its answer goes on to a blank line or the next
     * numbered question. Lines above the first question that are not one are the page's own.
     */
    private void answersMarked(List<SourceLine> lines, Furniture furniture, CardCollector out) {
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!isMarker(lines.get(i).stripped(), A)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size()
                    && !lines.get(end).blank()
                    && !NUMBER.matcher(lines.get(end).stripped()).find()
                    && !isMarker(lines.get(end).stripped(), A)) {
                end++;
            }
            int start = questionStart(lines, from, i);
            leading(lines.subList(from, start), out);
            card(withMarkerFirst(lines, start, end), 0, 0, end - start + 1, furniture, out);
            from = end;
        }
        leading(lines.subList(from, lines.size()), out);
    }

    /** The question before an answer: the lines from the last blank line (or the block's own start) before it. */
    private static int questionStart(List<SourceLine> lines, int from, int answer) {
        int start = Math.max(from, answer - 1);
        while (start > from && !lines.get(start - 1).blank()) {
            start--;
        }
        while (start < answer && lines.get(start).blank()) {
            start++;
        }
        // a number line or a title far above: the question is the run of lines right before its answer
        return answer - start > QUESTION_LINES ? answer - QUESTION_LINES : start;
    }

    /** The longest question a marked answer is taken to close, options included. */
    private static final int QUESTION_LINES = 8;

    /** The card's lines with a bare "Q" marker before the question, so it reads as a marked card. */
    private static List<SourceLine> withMarkerFirst(List<SourceLine> lines, int start, int end) {
        List<SourceLine> card = new ArrayList<>();
        SourceLine first = lines.get(start);
        card.add(new SourceLine(first.number(), "Q"));
        card.add(new SourceLine(first.number(), NUMBER.matcher(first.text()).replaceFirst("")));
        card.addAll(lines.subList(start + 1, end));
        return card;
    }

    private static int lastNonBlank(List<SourceLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return lines.get(i).number();
            }
        }
        return lines.isEmpty() ? 0 : lines.get(0).number();
    }

    /** The answer without its rating scale, promotional lines and other furniture, which are dropped. */
    private static List<SourceLine> answerLines(List<SourceLine> answer, Furniture furniture, CardCollector out) {
        List<SourceLine> kept = new ArrayList<>();
        int i = 0;
        while (i < answer.size()) {
            SourceLine l = answer.get(i);
            int scaleEnd = Furniture.ratingScaleEnd(answer, i);
            if (scaleEnd > i) {
                answer.subList(i, scaleEnd).forEach(out::furniture);
                i = scaleEnd;
                continue;
            }
            if (!l.blank() && (furniture.anywhere(l.text()) || Shapes.isInteger(l.text()) && i == answer.size() - 1)) {
                out.furniture(l);
            } else if (!l.blank()) {
                kept.add(l);
            }
            i++;
        }
        return kept;
    }

    /** The question's lines as one text; the options of a multiple-choice question stay one per line. */
    private static String join(List<SourceLine> lines, Furniture furniture, CardCollector out) {
        StringBuilder b = new StringBuilder();
        for (SourceLine l : lines) {
            if (l.blank()) {
                continue;
            }
            if (furniture.anywhere(l.text())) {
                out.furniture(l);
                continue;
            }
            boolean option = b.length() > 0 && Shapes.optionLetter(l.text()) != 0;
            String text = option ? INLINE_OPTION.matcher(l.stripped()).replaceAll("\n") : l.stripped();
            b.append(b.length() == 0 ? "" : option ? "\n" : " ").append(text);
        }
        return b.toString();
    }

    /** The gap before the next option on a line of several ("a) loyalty   b) trust   c) value"). */
    private static final Pattern INLINE_OPTION = Pattern.compile("\\s+(?=\\(?[b-hB-H][.)]\\s)");

    private static List<String> options(String front) {
        return java.util.Arrays.stream(front.split("\n"))
                .skip(1)
                .filter(l -> Shapes.optionLetter(l) != 0)
                .toList();
    }

    private static String joinRaw(List<SourceLine> lines) {
        StringBuilder b = new StringBuilder();
        for (SourceLine l : lines) {
            b.append(b.length() == 0 ? "" : "\n").append(l.text().stripTrailing());
        }
        return b.toString();
    }
}
