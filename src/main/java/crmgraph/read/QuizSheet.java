package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quiz exported as a spreadsheet (Kahoot, Quizizz, Blooket and the like): a column-name row
 * with a question column, two answer columns or more and a column saying which answers are right
 * ("Correct answer(s)", by number or letter). Each row below is a card: the question, and the
 * right answers as its back; the wrong ones are no part of the card.
 */
final class QuizSheet {

    private static final Pattern QUESTION = Pattern.compile("(?i)^\\s*question\\b.*");
    private static final Pattern ANSWER =
            Pattern.compile("(?i)^\\s*(?:answer|option|choice)\\s*(?:\\d{1,2}|[a-f])\\b.*");
    private static final Pattern CORRECT = Pattern.compile("(?i)^\\s*correct\\b.*");
    /** "2", "1,3", "B", "a; c": which answers are right, by position. */
    private static final Pattern KEYS =
            Pattern.compile("(?i)^\\s*(?:\\d{1,2}|[a-f])(?:\\s*[,;/ ]\\s*(?:\\d{1,2}|[a-f]))*\\s*$");

    /** Where the columns are: the question, the answers in order, the key. */
    record Columns(int question, List<Integer> answers, int correct) {}

    private QuizSheet() {}

    /** The columns, when these column names are a quiz sheet's. */
    static Optional<Columns> columns(List<String> names) {
        int question = -1;
        int correct = -1;
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (question < 0 && QUESTION.matcher(n).matches()) {
                question = i;
            } else if (ANSWER.matcher(n).matches()) {
                answers.add(i);
            } else if (correct < 0 && CORRECT.matcher(n).matches()) {
                correct = i;
            }
        }
        return question >= 0 && correct >= 0 && answers.size() >= 2
                ? Optional.of(new Columns(question, List.copyOf(answers), correct))
                : Optional.empty();
    }

    /** A row as a question and its right answers ("" where the key names none), or empty without a question. */
    static Optional<List<String>> card(List<String> fields, Columns columns) {
        String question = field(fields, columns.question());
        if (question.isBlank()) {
            return Optional.empty();
        }
        String key = field(fields, columns.correct());
        List<String> right = new ArrayList<>();
        if (KEYS.matcher(key).matches()) {
            for (String k : key.strip().split("\\s*[,;/ ]\\s*")) {
                int n = Character.isDigit(k.charAt(0))
                        ? Integer.parseInt(k)
                        : Character.toLowerCase(k.charAt(0)) - 'a' + 1;
                if (n >= 1 && n <= columns.answers().size()) {
                    String answer = field(fields, columns.answers().get(n - 1));
                    if (!answer.isBlank()) {
                        right.add(answer.strip());
                    }
                }
            }
        }
        return Optional.of(List.of(question.strip(), String.join(", ", right)));
    }

    private static String field(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i) : "";
    }
}
