package crmgraph.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks an order answer: letters of the shown options in order, or the names themselves. */
final class OrderAnswers {

    /**
     * What may stand between the names of a typed sequence: commas, semicolons, new lines, bars,
     * arrows of any kind (the feedback writes "→") and a spaced dash.
     */
    private static final java.util.regex.Pattern SEPARATORS =
            java.util.regex.Pattern.compile("[,;\\n|>\u2192\u21d2\u2794\u27a1]+|\\s+[-\u2013\u2014=]+\\s+");

    private OrderAnswers() {}

    static Verdict check(OrderItem item, String given, AnswerChecker checker) {
        String expected = String.join(" \u2192 ", item.order());
        Optional<List<String>> sequence = Letters.sequence(given, item.choices().size())
                .map(ix -> ix.stream().map(item.choices()::get).toList())
                .or(() -> names(item, given, checker));
        if (sequence.isEmpty()) {
            return new Verdict(
                    false,
                    expected,
                    "Type the letters of the options in order, e.g. \u201c"
                            + String.join(" ", letters(item.choices().size())) + "\u201d. Expected " + expected + ".",
                    Verdict.Match.EMPTY);
        }
        List<String> got = sequence.get();
        if (got.equals(item.order())) {
            return new Verdict(true, expected, "Correct order.", Verdict.Match.ORDER);
        }
        return new Verdict(
                false,
                expected,
                "Expected " + expected + ". " + misplaced(item.order(), got),
                Verdict.Match.WRONG_ORDER);
    }

    private static Optional<List<String>> names(OrderItem item, String given, AnswerChecker checker) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(given)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> member = item.order().stream()
                    .filter(m -> checker.check(
                                    new AnswerKey(
                                            m,
                                            List.of(),
                                            item.order().stream()
                                                    .filter(o -> !o.equals(m))
                                                    .toList()),
                                    part)
                            .correct())
                    .findFirst();
            if (member.isEmpty()) {
                return Optional.empty();
            }
            out.add(member.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static String misplaced(List<String> order, List<String> got) {
        if (got.size() != order.size()) {
            return "You placed " + got.size() + " of " + order.size() + ".";
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (!order.get(i).equals(got.get(i))) {
                wrong.add((i + 1) + ". should be " + order.get(i));
            }
        }
        return String.join("; ", wrong) + ".";
    }

    private static List<String> letters(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Letters.label(i));
        }
        return out;
    }
}
