package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.read.Shapes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fill-in-the-blank cards: the answer's parts go into the blanks in order ("retaining; more" into
 * two blanks), and the completed sentence is read as a statement. Where the one blank stands for
 * the sentence's subject ("_____ is a strategy that …", "The _____ is a model of …"), the answer is
 * the concept and the completed sentence its definition. An answer whose parts do not match the
 * blanks gives nothing: a wrong fact is worse than a missing one.
 */
final class FillIns {

    /** Nothing but an article before the blank, perhaps after the setting: "In a CLV calculation, the _____ …". */
    private static final Pattern SUBJECT_BLANK_BEFORE =
            Pattern.compile("(?i)^\\s*(?:(?:in|for|within|at|on|under)\\s+[^,]{2,40},\\s*)?(?:the|a|an)?\\s*$");

    private static final Pattern AFTER_SUBJECT = Pattern.compile("^\\s*(?:[:\u2013\u2014=-]|\\(|,|[a-z])");

    private FillIns() {}

    static boolean applies(String front) {
        return Shapes.blanks(front) > 0;
    }

    static void read(String front, String back, int card, Facts facts) {
        List<int[]> blanks = Shapes.blankSpans(front);
        Optional<List<String>> parts = parts(back, blanks.size());
        if (parts.isEmpty()) {
            return;
        }
        String filled = fill(front, blanks, parts.get());
        if (blanks.size() == 1 && blankInSubject(filled, parts.get().get(0), card, facts)) {
            return;
        }
        if (blanks.size() == 1
                && subjectBlank(front, blanks.get(0))
                && Names.words(parts.get().get(0)) <= 7) {
            facts.concept(Names.clean(parts.get().get(0)), Names.cleanDefinition(Names.capitalised(filled)), card);
            return;
        }
        Statements.inDefinition(filled, null, card, facts);
    }

    /**
     * "_____ spanners are frontline staff who …" answered "boundary": the blank is a word of the
     * subject the completed sentence defines, so that subject ("Boundary spanners") is the concept
     * and the sentence its definition. False when the sentence defines no subject holding the answer.
     */
    private static boolean blankInSubject(String filled, String answer, int card, Facts facts) {
        Optional<ProseDefinitions.Found> found = ProseDefinitions.defines(NoteWords.tag(Names.capitalised(filled)));
        if (found.isEmpty()
                || !(" " + Names.clean(found.get().name()).toLowerCase(java.util.Locale.ROOT) + " ")
                        .contains(" " + answer.strip().toLowerCase(java.util.Locale.ROOT) + " ")) {
            return false;
        }
        String name = found.get().name();
        String typed = answer.strip();
        if (name.toLowerCase(java.util.Locale.ROOT).startsWith(typed.toLowerCase(java.util.Locale.ROOT))) {
            name = typed + name.substring(typed.length()); // the answer as the student wrote it, not capitalised
        }
        facts.concept(name, found.get().aliases(), Names.cleanDefinition(Names.capitalised(filled)), card);
        return true;
    }

    /** The answer cut into as many parts as there are blanks, or empty when it will not cut so. */
    static Optional<List<String>> parts(String back, int blanks) {
        String a = Regex.replaceAll(back.strip(), "[.\\s]+$", "");
        if (a.isEmpty()) {
            return Optional.empty();
        }
        if (blanks == 1) {
            return a.contains("\n") ? Optional.empty() : Optional.of(List.of(a));
        }
        for (String separator : List.of("\\s*;\\s*", "\\s*,\\s*", "\\s*/\\s*", "\\s+and\\s+")) {
            String[] cut = a.split(separator);
            if (cut.length == blanks) {
                return Optional.of(List.of(cut));
            }
        }
        return Optional.empty();
    }

    private static boolean subjectBlank(String front, int[] blank) {
        return SUBJECT_BLANK_BEFORE.matcher(front.substring(0, blank[0])).matches()
                && AFTER_SUBJECT.matcher(front.substring(blank[1])).find();
    }

    private static String fill(String front, List<int[]> blanks, List<String> parts) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int i = 0; i < blanks.size(); i++) {
            b.append(front, at, blanks.get(i)[0]).append(parts.get(i));
            at = blanks.get(i)[1];
        }
        return Regex.replaceAll(b.append(front.substring(at)).toString(), "\\s+", " ")
                .strip();
    }
}
