package crmgraph.quiz;

/** A salient word group of a definition blanked: a known concept, or a rare noun phrase. */
public record KeywordCloze(String id, String prompt, AnswerKey key, Source source) implements QuizItem {

    @Override
    public String type() {
        return "cloze";
    }
}
