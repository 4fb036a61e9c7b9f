package crmgraph.quiz;

import java.util.Optional;

/**
 * Proves an item does not give its answer away: the answer, its aliases, acronym, plural and
 * hyphen variants appear neither in the prompt nor among the other choices, and an order item
 * never shows its members in the right order.
 */
public final class LeakCheck {

    private LeakCheck() {}

    /** Why the item leaks its answer, or empty when it does not. */
    public static Optional<String> leak(QuizItem item) {
        if (item instanceof OrderItem order) {
            return orderLeak(order);
        }
        Forms forms = Forms.of(item.key().all());
        if (forms.occursIn(item.prompt())) {
            return Optional.of("the prompt names the answer: " + item.prompt());
        }
        for (String choice : item.choices()) {
            if (!Words.normal(choice).equals(Words.normal(item.key().answer())) && forms.occursIn(choice)) {
                return Optional.of("the choice \u201c" + choice + "\u201d contains the answer");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> orderLeak(OrderItem order) {
        if (order.choices().equals(order.order())) {
            return Optional.of("the choices are shown in the right order");
        }
        for (String member : order.order()) {
            if (Forms.of(java.util.List.of(member)).occursIn(order.prompt())) {
                return Optional.of("the prompt names the member " + member);
            }
        }
        return Optional.empty();
    }
}
