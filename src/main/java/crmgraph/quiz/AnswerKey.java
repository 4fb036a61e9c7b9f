package crmgraph.quiz;

import java.util.List;

/**
 * What a right answer is.
 *
 * @param answer   the expected answer as shown in feedback
 * @param accepted other answers that are right too: aliases and acronyms
 * @param wrong    close answers that are known to be wrong: siblings in the same list, other kinds
 *                 of the same parent, the other choices
 */
public record AnswerKey(String answer, List<String> accepted, List<String> wrong) {

    public AnswerKey {
        accepted = List.copyOf(accepted);
        wrong = List.copyOf(wrong);
    }

    /** "mgmt", "mktg": a lower-case word without a vowel is shorthand, no English word. */
    private static final java.util.regex.Pattern SHORTHAND =
            java.util.regex.Pattern.compile("(?<![\\p{L}])[b-df-hj-np-tv-xz]{2,}(?![\\p{L}])");
    /** Initials short enough that their letters stand for words a student may write out ("IVR"), not a name of its own ("SERVQUAL"). */
    private static final int MAX_INITIALS = 4;

    /**
     * Whether a student can type a right answer in words: some accepted form is written out, not
     * only initials ("IVR", whose expansion nothing gives, so "interactive voice response" would be
     * refused) or shorthand ("workforce mgmt"). A typed item needs one; a choice shows its options.
     */
    public boolean spelledOut() {
        return all().stream().anyMatch(AnswerKey::writtenOut);
    }

    private static boolean writtenOut(String form) {
        String bare = form.strip();
        boolean initials = bare.length() <= MAX_INITIALS && crmgraph.nlp.Acronym.isAcronym(bare);
        return !initials && !SHORTHAND.matcher(bare).find();
    }

    /** The answer and everything else accepted. */
    public List<String> all() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(answer), accepted.stream())
                .toList();
    }
}
