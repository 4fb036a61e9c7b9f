package crmgraph.score;

import java.util.List;

/**
 * The reading a careful student expects of one study file (see {@code corpus/README.md}).
 *
 * @param shape       what the file shows, in words
 * @param layout      for plain-line flashcard files, the layout a student would pick; may be null
 * @param cards       every flashcard, in file order
 * @param lists       lists and models with their members
 * @param concepts    concepts a student expects to find
 * @param notConcepts headings and phrases that must not become concepts
 * @param kinds       {@code [subtype, supertype]} pairs
 */
public record Gold(
        String shape,
        String layout,
        List<GoldCard> cards,
        List<GoldList> lists,
        List<String> concepts,
        List<String> notConcepts,
        List<List<String>> kinds) {

    public Gold {
        cards = cards == null ? List.of() : List.copyOf(cards);
        lists = lists == null ? List.of() : List.copyOf(lists);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        notConcepts = notConcepts == null ? List.of() : List.copyOf(notConcepts);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** One flashcard: the starts of its two sides as written, and the concept it defines (or null). */
    public record GoldCard(String front, String back, String term, String definition) {}

    public record GoldList(String name, List<String> members, boolean ordered) {

        public GoldList {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
