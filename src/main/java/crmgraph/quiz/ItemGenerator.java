package crmgraph.quiz;

import crmgraph.graph.StudyMaterial;
import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates every quiz item the graph supports: per definition a term cloze, a keyword cloze and
 * a choice item; per list its list clozes and, when ordered, an order item; per parent with
 * several kinds, list clozes over its kinds. Items that would leak
 * their answer are dropped here, so nothing downstream has to check again.
 */
public final class ItemGenerator {

    private final Language language;

    public ItemGenerator(Language language) {
        this.language = language;
    }

    public List<QuizItem> generate(StudyMaterial material) {
        StudyIndex index = new StudyIndex(material);
        TermClozes terms = new TermClozes(language, index);
        KeywordClozes keywords = new KeywordClozes(language, index);
        ChoiceItems choices = new ChoiceItems(index);
        ListItems lists = new ListItems(index);
        Map<String, QuizItem> items = new LinkedHashMap<>();
        for (Concept concept : index.concepts()) {
            Forms forms = index.forms(concept);
            if (forms.isEmpty()) {
                continue;
            }
            for (Definition definition : concept.definitions()) {
                terms.of(concept, definition, forms).ifPresent(i -> add(items, i));
                keywords.of(concept, definition, forms).ifPresent(i -> add(items, i));
                choices.of(concept, definition, forms).ifPresent(i -> add(items, i));
            }
        }
        index.lists().forEach((whole, parts) -> lists.of(index.concept(whole), parts).forEach(i -> add(items, i)));
        index.kindLists().forEach((parent, kinds) -> lists.kinds(index.concept(parent), kinds).forEach(i -> add(items, i)));
        return new ArrayList<>(items.values());
    }

    private static void add(Map<String, QuizItem> items, QuizItem item) {
        if (LeakCheck.leak(item).isEmpty()) {
            items.putIfAbsent(item.id(), item);
        }
    }
}
