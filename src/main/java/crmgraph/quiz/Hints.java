package crmgraph.quiz;

/** A hint that helps without giving the answer away: first letters and lengths, or the first step. */
public final class Hints {

    private Hints() {}

    public static String of(QuizItem item) {
        if (item instanceof OrderItem order) {
            return "It starts with \u201c" + order.order().get(0) + "\u201d.";
        }
        return "The answer looks like this: " + shape(item.key().answer());
    }

    /** Each word as its first letter and one underscore per further letter. */
    static String shape(String answer) {
        StringBuilder b = new StringBuilder();
        for (String word : answer.strip().split("\\s+")) {
            if (b.length() > 0) {
                b.append("  ");
            }
            b.append(word.charAt(0));
            for (int i = 1; i < word.length(); i++) {
                b.append(Character.isLetterOrDigit(word.charAt(i)) ? '_' : word.charAt(i));
            }
        }
        return b.toString();
    }
}
