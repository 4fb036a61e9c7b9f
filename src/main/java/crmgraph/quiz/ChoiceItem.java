package crmgraph.quiz;

import java.util.List;

/** Multiple choice: the answer among distractors taken from the graph (labelled A, B, C …). */
public record ChoiceItem(String id, String prompt, AnswerKey key, Source source, List<String> choices)
        implements QuizItem {

    public ChoiceItem {
        choices = List.copyOf(choices);
    }

    @Override
    public String type() {
        return "choice";
    }
}
