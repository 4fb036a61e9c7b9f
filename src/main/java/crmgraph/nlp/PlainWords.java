package crmgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokens where the model decides only inside whitespace-separated chunks that hold something
 * besides ASCII letters and digits ("CRM's", "e.g.", "(IDIC)"); a plain word is one token as it
 * stands, which is what the model says for it anyway at a fraction of the cost (it scores every
 * character boundary). OpenNLP calls this the alphanumeric optimisation; these models were trained
 * without it switched on.
 */
public final class PlainWords {

    private PlainWords() {}

    /** The tokens of {@code text}, as character spans of it. */
    public static Span[] tokenize(Tokenizer tokenizer, String text) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            if (isPlain(text, chunk.getStart(), chunk.getEnd())) {
                out.add(chunk);
            } else if (compound(text, chunk, out)) {
                continue;
            } else {
                for (Span piece : tokenizer.tokenizePos(text.substring(chunk.getStart(), chunk.getEnd()))) {
                    out.add(new Span(piece.getStart() + chunk.getStart(), piece.getEnd() + chunk.getStart()));
                }
            }
        }
        return out.toArray(Span[]::new);
    }

    /**
     * "opt-in", "co-creation", "after-call work": a hyphenated compound is one word, followed by any
     * closing punctuation. The model splits it at the hyphen in unusual places ("Opt-" "in"), which
     * makes the tagger read "in" as a preposition.
     */
    private static boolean compound(String text, Span chunk, List<Span> out) {
        java.util.regex.Matcher m = COMPOUND.matcher(text.substring(chunk.getStart(), chunk.getEnd()));
        if (!m.matches()) {
            return false;
        }
        int start = chunk.getStart();
        out.add(new Span(start, start + m.end(1)));
        for (int i = m.start(2); i < m.end(2); i++) {
            out.add(new Span(start + i, start + i + 1));
        }
        return true;
    }

    private static final java.util.regex.Pattern COMPOUND =
            java.util.regex.Pattern.compile("^([A-Za-z]+(?:-[A-Za-z]+)+)([.,;:!?)]*)$");

    /** Whether {@code text} from {@code start} to {@code end} holds nothing but ASCII letters and digits. */
    public static boolean isPlain(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
