package crmgraph.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the lines of a plain-text deck are laid out, as a student can state it when the reader
 * guesses wrong ({@code import --layout}, the import page). {@code AUTO} lets the reader decide the
 * deck's dominant layout from the whole file. Term-first and question-first both put each card's
 * prompt line before its answer line; definition-first and answer-first put the answer line first
 * (a definition followed by its term, or an answer followed by a question such as "… is called:").
 */
public enum Layout {
    AUTO("auto", "decided from the text"),
    TERM_FIRST("term-first", "term, then its definition"),
    DEFINITION_FIRST("definition-first", "definition, then its term"),
    QUESTION_FIRST("question-first", "question, then its answer"),
    ANSWER_FIRST("answer-first", "answer, then its question");

    private final String option;
    private final String description;

    Layout(String option, String description) {
        this.option = option;
        this.description = description;
    }

    /** The name used on the command line and in forms: {@code answer-first}. */
    public String option() {
        return option;
    }

    /** What the layout means, for the import page. */
    public String description() {
        return description;
    }

    /** True when each card's answer line comes before its prompt line. */
    public boolean answerFirst() {
        return this == DEFINITION_FIRST || this == ANSWER_FIRST;
    }

    public static Optional<Layout> fromOption(String option) {
        if (option == null) {
            return Optional.empty();
        }
        String o = option.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(l -> l.option.equals(o)).findFirst();
    }
}
