package crmgraph.quiz;

import java.util.List;

/**
 * One member of a list blanked, the list named and the other members shown in order.
 *
 * @param members the whole list in order, the blanked member included (for the Anki export)
 */
public record ListCloze(String id, String prompt, AnswerKey key, Source source, List<String> members)
        implements QuizItem {

    public ListCloze {
        members = List.copyOf(members);
    }

    @Override
    public String type() {
        return "list-cloze";
    }
}
