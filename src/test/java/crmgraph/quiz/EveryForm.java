package crmgraph.quiz;

import crmgraph.graph.StudyMaterial;
import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import crmgraph.nlp.English;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For tests of one item form: the term clozes, keyword clozes or choices every definition would give if
 * that form were the one chosen for it (the generator makes one item per definition, its form
 * fixed by a hash of the definition).
 */
final class EveryForm {

    private EveryForm() {}

    interface Form {
        Optional<? extends QuizItem> of(Concept concept, Definition definition, Forms forms);
    }

    static List<QuizItem> termClozes(StudyMaterial material) {
        StudyIndex index = new StudyIndex(material);
        return every(index, new TermClozes(English.shared(), index, new SourceCheck(English.shared()))::of);
    }

    static List<QuizItem> keywordClozes(StudyMaterial material) {
        StudyIndex index = new StudyIndex(material);
        return every(index, new KeywordClozes(English.shared(), index)::of);
    }

    static List<QuizItem> choices(StudyMaterial material) {
        StudyIndex index = new StudyIndex(material);
        ChoiceItems choices =
                new ChoiceItems(index, new SourceCheck(English.shared()), new Agreement(English.shared()));
        return every(index, (c, d, f) -> choices.of(c, d, f, ChoiceItems.MIN_DISTRACTORS));
    }

    private static List<QuizItem> every(StudyIndex index, Form form) {
        List<QuizItem> out = new ArrayList<>();
        for (Concept c : index.concepts()) {
            for (Definition d : c.definitions()) {
                form.of(c, d, index.forms(c)).ifPresent(out::add);
            }
        }
        return out;
    }
}
