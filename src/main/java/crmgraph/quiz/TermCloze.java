package crmgraph.quiz;

/** A definition recast so the term is the blank: "____ is the process of …". */
public record TermCloze(String id, String prompt, AnswerKey key, Source source) implements QuizItem {

    @Override
    public String type() {
        return "cloze";
    }
}
