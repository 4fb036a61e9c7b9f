package crmgraph.quiz;

import java.util.List;

/**
 * Put the steps, stages or phases of an ordered list in order.
 *
 * @param choices the members shuffled, as shown (labelled A, B, C …)
 * @param order   the members in their right order
 */
public record OrderItem(
        String id, String prompt, AnswerKey key, Source source, List<String> choices, List<String> order)
        implements QuizItem {

    public OrderItem {
        choices = List.copyOf(choices);
        order = List.copyOf(order);
    }

    @Override
    public String type() {
        return "order";
    }
}
