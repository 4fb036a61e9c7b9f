package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.quiz.Grade;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A quiz in progress, carried in its URL and forms rather than in a server session: the item ids,
 * the position of the next item, and one {@link Grade#letter() grade letter} per item answered (c right,
 * h right after a hint, w wrong). Parsing is strict, so a tampered link gets a clear 400, never a crash.
 */
record QuizRun(List<String> items, int position, String results) {

    private static final String INVALID = "this quiz link is not valid: start a new quiz from /quiz";

    QuizRun {
        items = List.copyOf(items);
    }

    static QuizRun start(List<String> items) {
        return new QuizRun(items, 0, "");
    }

    static QuizRun parse(String items, String position, String results) {
        if (items == null || !items.matches("[a-z]-[0-9a-f]{12}(,[a-z]-[0-9a-f]{12}){0,49}")) {
            throw new BadInputException(INVALID);
        }
        List<String> ids = Arrays.asList(items.split(","));
        int n;
        try {
            n = Integer.parseInt(position == null ? "0" : position);
        } catch (NumberFormatException e) {
            throw new BadInputException(INVALID);
        }
        String r = results == null ? "" : results;
        // Only the grades an answer earns (Grade.of(correct, hinted)): never EASY.
        if (n < 0 || n > ids.size() || r.length() != n || !r.matches("[chw]*")) {
            throw new BadInputException(INVALID);
        }
        return new QuizRun(ids, n, r);
    }

    boolean finished() {
        return position == items.size();
    }

    String current() {
        if (finished()) {
            throw new BadInputException("this quiz is already finished");
        }
        return items.get(position);
    }

    /** The item answered last, if any. */
    String previous() {
        return items.get(position - 1);
    }

    /** The run after answering the current item with {@code grade}. */
    QuizRun answered(Grade grade) {
        return new QuizRun(items, position + 1, results + grade.letter());
    }

    /** The run with its last answer counted as right (GOOD): the learner overruled the checker. */
    QuizRun overruled() {
        if (position == 0) {
            throw new BadInputException("there is no answer to count as right yet");
        }
        return new QuizRun(items, position, results.substring(0, position - 1) + Grade.GOOD.letter());
    }

    /** The grades of the items answered so far, in order. */
    List<Grade> grades() {
        return results.chars().mapToObj(c -> Grade.ofLetter((char) c)).toList();
    }

    String ids() {
        return String.join(",", items);
    }

    /** The play page of this run; {@code answer} shows feedback on the previous item, {@code hint} the hint. */
    String url(String answer, boolean hint) {
        StringBuilder b = new StringBuilder("/quiz/play?items=")
                .append(ids())
                .append("&n=")
                .append(position)
                .append("&r=")
                .append(results);
        if (answer != null) {
            b.append("&a=").append(URLEncoder.encode(answer, StandardCharsets.UTF_8));
        }
        if (hint) {
            b.append("&h=1");
        }
        return b.toString();
    }
}
