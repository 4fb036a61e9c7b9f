package crmgraph.quiz;

import java.util.List;

/**
 * One question generated from the graph. Ids are derived from what the item tests (type, concept,
 * card, answer, variant), never from a counter, so they are URL-safe, stable across restarts and
 * re-imports of unchanged decks, and reviews stored against them stay meaningful.
 */
public sealed interface QuizItem permits TermCloze, KeywordCloze, ListCloze, OrderItem, ChoiceItem {

    /** The blank in prompts. */
    String BLANK = "____";

    String id();

    /** The item's type as the API names it: {@code cloze}, {@code list-cloze}, {@code order} or {@code choice}. */
    String type();

    String prompt();

    AnswerKey key();

    Source source();

    /** The options shown with the prompt (choice and order items); empty for typed answers. */
    default List<String> choices() {
        return List.of();
    }

    /**
     * Where an item comes from and what it is about.
     *
     * @param concept     id of the concept the answer names (or, for order items, the list)
     * @param conceptName its display name
     * @param topic       id of the list or model the item belongs to, or the concept itself
     * @param card        id of the card the tested fact came from
     * @param deck        id of that card's deck
     */
    record Source(String concept, String conceptName, String topic, String card, String deck) {}
}
