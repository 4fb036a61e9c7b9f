package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flashcard-site exports: each card is an optional number line, a "Q" marker, the question, an
 * "A" marker and the answer, usually followed by a rating scale. Markers may also carry the text
 * ("Q: …", "Question: …").
 */
final class QaReader implements FormatReader {

    /** Longest word first: with "q" first, "Question" would read as the marker "q" and the text "uestion". */
    private static final Pattern Q =
            Pattern.compile("^(question|front|term|q)\\s*[:.)]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern A =
            Pattern.compile("^(answer|back|definition|a)\\s*[:.)]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "qa-rated";
    }

    @Override
    public double fit(List<SourceLine> lines) {
        int q = 0;
        int a = 0;
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
                // "Front" straight above "Back" with nothing between is a column header, not a card
                boolean header = isMarker(previous, Q)
                        && Q.matcher(previous).replaceFirst("$2").isBlank();
                q -= header ? 1 : 0;
                a += header ? 0 : 1;
            }
            previous = l.stripped();
        }
        return q >= 1 && a >= 1 && Math.abs(q - a) <= Math.max(1, q / 5)
                ? Math.min(1.0, 0.6 + 4.0 * q / Math.max(1, nonBlank))
                : 0;
    }

    /** A marker line: the bare letter or word, or the word followed by a colon and text. */
    private static boolean isMarker(String s, Pattern p) {
        var m = p.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1);
        String rest = m.group(2);
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
        int questionEnd = aMarker < 0 ? end : aMarker;
        List<SourceLine> question = new ArrayList<>();
        question.add(inline(lines.get(qMarker), Q));
        question.addAll(lines.subList(qMarker + 1, questionEnd));
        List<SourceLine> answer = new ArrayList<>();
        if (aMarker >= 0) {
            answer.add(inline(lines.get(aMarker), A));
            answer.addAll(lines.subList(aMarker + 1, end));
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

    private static SourceLine inline(SourceLine marker, Pattern p) {
        var m = p.matcher(marker.stripped());
        m.matches();
        return new SourceLine(marker.number(), m.group(2));
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
            b.append(b.length() == 0 ? "" : option ? "\n" : " ").append(l.stripped());
        }
        return b.toString();
    }

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
