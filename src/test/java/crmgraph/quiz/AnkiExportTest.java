package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnkiExportTest {

    private static final QuizItem.Source SOURCE = new QuizItem.Source("c", "Concept", "list", "d-1", "d");

    @Test
    void cloze_items_become_cloze_notes_and_a_list_becomes_one_note_with_one_cloze_per_member() {
        List<QuizItem> items = List.of(
                new TermCloze(
                        "t-000000000001",
                        "____ is a contract\twith\nbreaks.",
                        new AnswerKey("SLA", List.of(), List.of()),
                        SOURCE),
                new ListCloze(
                        "l-000000000001",
                        "Steps (in order): ____, B",
                        new AnswerKey("A", List.of(), List.of()),
                        SOURCE,
                        List.of("A", "B")),
                new ListCloze(
                        "l-000000000002",
                        "Steps (in order): A, ____",
                        new AnswerKey("B", List.of(), List.of()),
                        SOURCE,
                        List.of("A", "B")),
                new ChoiceItem(
                        "c-000000000001",
                        "Which?",
                        new AnswerKey("A", List.of(), List.of()),
                        SOURCE,
                        List.of("A", "B")));
        String anki = AnkiExport.of("crmgraph::My deck", items);
        assertThat(anki.lines())
                .containsExactly(
                        "#separator:tab",
                        "#html:false",
                        "#notetype:Cloze",
                        "#deck:crmgraph::My deck",
                        "#columns:Text\tExtra",
                        "{{c1::SLA}} is a contract with breaks.\tConcept (crmgraph card d-1)",
                        "Steps (in order): {{c1::A}}, {{c2::B}}\tConcept (crmgraph card d-1)");
    }

    @Test
    void cloze_markup_inside_an_answer_is_defused() {
        String anki = AnkiExport.of(
                "d",
                List.of(new TermCloze(
                        "t-000000000001", "____ x", new AnswerKey("a}}b::c", List.of(), List.of()), SOURCE)));
        assertThat(anki).contains("{{c1::a} }b: :c}} x");
    }
}
