package crmgraph.quiz;

import crmgraph.graph.StudyMaterial;
import crmgraph.graph.StudyMaterial.Definition;
import crmgraph.nlp.English;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Generates every quiz item the graph supports: per definition a term cloze, a keyword cloze and
 * a choice item; per list its list clozes and, when ordered, an order item; per parent with
 * several kinds, list clozes over its kinds. Items that would leak
 * their answer are dropped here, so nothing downstream has to check again.
 */
public final class ItemGenerator {

    private final English language;

    public ItemGenerator(English language) {
        this.language = language;
    }

    public List<QuizItem> generate(StudyMaterial material) {
        return generate(new StudyIndex(material));
    }

    List<QuizItem> generate(StudyIndex index) {
        return generate(index, topic -> true);
    }

    /**
     * The items of the given topics only (a concept's own items and those of the lists it heads),
     * over the whole index: {@link ItemBank} keeps the rest from the last build or the store.
     */
    List<QuizItem> generate(StudyIndex index, Predicate<String> topics) {
        TermClozes terms = new TermClozes(language, index);
        KeywordClozes keywords = new KeywordClozes(language, index);
        ChoiceItems choices = new ChoiceItems(index);
        ListItems lists = new ListItems(index);
        // Concepts are independent of each other once the index is built: generate them on every
        // core (a parallel stream keeps their order), then drop duplicates and leaks in order.
        List<List<QuizItem>> perConcept = index.concepts().stream()
                .filter(concept -> topics.test(concept.id()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new))
                .parallelStream()
                .map(concept -> {
                    List<QuizItem> out = new ArrayList<>();
                    Forms forms = index.forms(concept);
                    for (Definition definition : forms.isEmpty() ? List.<Definition>of() : concept.definitions()) {
                        terms.of(concept, definition, forms).ifPresent(out::add);
                        keywords.of(concept, definition, forms).ifPresent(out::add);
                        choices.of(concept, definition, forms).ifPresent(out::add);
                    }
                    return out.stream().filter(i -> LeakCheck.leak(i).isEmpty()).toList();
                })
                .toList();
        Map<String, QuizItem> items = new LinkedHashMap<>();
        perConcept.forEach(list -> list.forEach(i -> items.putIfAbsent(i.id(), i)));
        index.lists().forEach((whole, parts) -> {
            if (topics.test(whole)) {
                lists.of(index.concept(whole), parts).forEach(i -> add(items, i));
            }
        });
        index.kindLists().forEach((parent, kinds) -> {
            if (topics.test(parent)) {
                lists.kinds(index.concept(parent), kinds).forEach(i -> add(items, i));
            }
        });
        return new ArrayList<>(items.values());
    }

    private static void add(Map<String, QuizItem> items, QuizItem item) {
        if (LeakCheck.leak(item).isEmpty()) {
            items.putIfAbsent(item.id(), item);
        }
    }
}
