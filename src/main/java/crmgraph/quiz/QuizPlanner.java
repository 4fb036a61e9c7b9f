package crmgraph.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks and orders the items of one quiz: many concepts rather than many items of one, the list
 * being studied first, and never two items about the same concept in a row where it can be
 * avoided, so the feedback on one item does not give away the next.
 */
final class QuizPlanner {

    private static final List<Class<?>> TYPE_PREFERENCE =
            List.of(TermCloze.class, ChoiceItem.class, ListCloze.class, KeywordCloze.class, OrderItem.class);

    private QuizPlanner() {}

    /** Items by type preference alone. */
    static Comparator<QuizItem> byType() {
        return Comparator.comparingInt(i -> TYPE_PREFERENCE.indexOf(i.getClass()));
    }

    /** Items by type preference, the items of {@code topic}'s list (its list clozes and order) first. */
    static Comparator<QuizItem> preference(String topic) {
        Comparator<QuizItem> list = Comparator.comparingInt(i -> (i instanceof ListCloze || i instanceof OrderItem)
                        && i.source().topic().equals(topic)
                ? 0
                : 1);
        return list.thenComparing(byType());
    }

    /** Up to {@code limit} items, one concept after another, concepts in {@code order} first. */
    static List<QuizItem> roundRobin(List<QuizItem> items, List<String> order, String topic, int limit) {
        Map<String, List<QuizItem>> byConcept = new LinkedHashMap<>();
        order.forEach(c -> byConcept.put(c, new ArrayList<>()));
        items.forEach(i -> byConcept
                .computeIfAbsent(i.source().concept(), k -> new ArrayList<>())
                .add(i));
        byConcept.values().forEach(list -> list.sort(preference(topic)));
        List<QuizItem> out = new ArrayList<>();
        for (int round = 0; out.size() < limit; round++) {
            boolean any = false;
            for (List<QuizItem> list : byConcept.values()) {
                if (round < list.size() && out.size() < limit) {
                    out.add(list.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    /** A concept's own items alternating with others, up to {@code limit}; leftovers of either at the end, spaced. */
    static List<QuizItem> interleave(List<QuizItem> own, List<QuizItem> others, int limit) {
        List<QuizItem> out = new ArrayList<>();
        for (int i = 0; out.size() < limit && (i < own.size() || i < others.size()); i++) {
            if (i < own.size()) {
                out.add(own.get(i));
            }
            if (i < others.size() && out.size() < limit) {
                out.add(others.get(i));
            }
        }
        return spaced(out);
    }

    /** The same items, moved so that neighbours are about different concepts wherever possible. */
    static List<QuizItem> spaced(List<QuizItem> items) {
        List<QuizItem> rest = new ArrayList<>(items);
        List<QuizItem> out = new ArrayList<>();
        while (!rest.isEmpty()) {
            String last =
                    out.isEmpty() ? null : out.get(out.size() - 1).source().concept();
            int pick = 0;
            for (int i = 0; i < rest.size(); i++) {
                if (!rest.get(i).source().concept().equals(last)) {
                    pick = i;
                    break;
                }
            }
            out.add(rest.remove(pick));
        }
        return out;
    }
}
