package crmgraph.quiz;

import crmgraph.graph.StudyMaterial;
import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import crmgraph.nlp.English;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Generates every quiz item the graph supports: per definition one item (a choice, a term cloze
 * or a keyword cloze); per list its list clozes and, when ordered and complete, an order item;
 * per parent with several kinds, list clozes over its kinds. Items that would leak their answer
 * are dropped here, so nothing downstream has to check again.
 */
public final class ItemGenerator {

    /** Share of words two definitions must have in common to be one fact. */
    private static final double SAME_FACT = 0.8;
    /** Words a definition needs before one inside another counts as the same fact. */
    private static final int MIN_CONTAINED = 6;
    /** Content words of the longest name a student is asked to type. */
    private static final int LONGEST_TYPED_NAME = 3;

    private final English language;
    private final SourceCheck sources;

    public ItemGenerator(English language) {
        this.language = language;
        this.sources = new SourceCheck(language);
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
        TermClozes terms = new TermClozes(language, index, sources);
        KeywordClozes keywords = new KeywordClozes(language, index);
        ChoiceItems choices = new ChoiceItems(index, sources, new Agreement(language));
        ListItems lists = new ListItems(index, sources);
        // Concepts are independent of each other once the index is built: generate them on every
        // core (a parallel stream keeps their order), then drop duplicates and leaks in order.
        List<List<QuizItem>> perConcept = index.concepts().stream()
                .filter(concept -> topics.test(concept.id()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new))
                .parallelStream()
                .map(concept -> ofDefinitions(concept, index.forms(concept), terms, keywords, choices))
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

    /**
     * One item per definition, so a quiz never asks one fact twice (a cloze and a choice on the same
     * definition answer each other). Which form a definition takes — a choice, a term cloze or a
     * keyword cloze, falling back to the next where one cannot be made — is fixed by a hash of the
     * definition itself, not by its place among others, so importing other decks does not turn a
     * deck's item into another one. Weak definitions, repeated ones and names that are questions or
     * headings give nothing.
     */
    private List<QuizItem> ofDefinitions(
            Concept concept, Forms forms, TermClozes terms, KeywordClozes keywords, ChoiceItems choices) {
        List<QuizItem> out = new ArrayList<>();
        if (forms.isEmpty()
                || sources.nameWeakness(concept.name()).isPresent()
                || sources.loneAdjective(concept.name())) {
            return out;
        }
        List<Set<String>> seen = new ArrayList<>();
        for (Definition definition : concept.definitions()) {
            String text = DefinitionText.of(definition.text());
            Set<String> words = Set.copyOf(List.of(Words.singular(text).split(" ")));
            if (seen.stream().anyMatch(s -> sameFact(s, words))
                    || sources.weakness(text).isPresent()) {
                continue;
            }
            seen.add(words);
            // Only the preferred forms are made, in turn, until one can be: a choice item costs
            // most (its distractors are searched among every concept), and two of every three made
            // were thrown away.
            Supplier<Optional<QuizItem>> choice =
                    () -> choices.of(concept, definition, forms, ChoiceItems.MIN_DISTRACTORS)
                            .map(QuizItem.class::cast);
            Supplier<Optional<QuizItem>> term =
                    () -> terms.of(concept, definition, forms).map(QuizItem.class::cast);
            Supplier<Optional<QuizItem>> keyword =
                    () -> keywords.of(concept, definition, forms).map(QuizItem.class::cast);
            int form = Math.floorMod(Ids.seed(Ids.of('d', concept.id(), definition.card(), definition.text())), 3);
            List<Supplier<Optional<QuizItem>>> preference = switch (longName(concept) ? 0 : form) {
                case 0 -> List.of(choice, term, keyword);
                case 1 -> List.of(term, choice, keyword);
                default -> List.of(keyword, term, choice);
            };
            preference.stream()
                    .map(Supplier::get)
                    .flatMap(Optional::stream)
                    .filter(ItemGenerator::leakFree)
                    .findFirst()
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A name of more than three words is hard to type word for word: it is asked as a choice where one can be made. */
    private static boolean longName(Concept concept) {
        return Words.spans(concept.name()).stream()
                        .filter(w -> !Words.STOP.contains(w.key()))
                        .count()
                > LONGEST_TYPED_NAME;
    }

    /**
     * Two definitions say one fact when they share nearly all their words (one deck wrote "a
     * customer", another "the customer"), or when one is nearly all inside the other (one deck cut
     * the sentence before its examples).
     */
    static boolean sameFact(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        int shorter = Math.min(a.size(), b.size());
        int bound = shorter >= MIN_CONTAINED ? shorter : Math.max(a.size(), b.size());
        return shared >= SAME_FACT * bound;
    }

    private static boolean leakFree(QuizItem item) {
        return LeakCheck.leak(item).isEmpty();
    }

    private static void add(Map<String, QuizItem> items, QuizItem item) {
        if (LeakCheck.leak(item).isEmpty()) {
            items.putIfAbsent(item.id(), item);
        }
    }
}
