package crmgraph.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks and orders the items of one quiz: many concepts rather than many items of one, the list
 * being studied first, one item per list (each shows the list's other members), no fact asked
 * twice under two names ({@link AskedSoFar}), and never two
 * items about the same concept in a row where it can be avoided, so the feedback on one item does
 * not give away the next.
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
        Comparator<QuizItem> list = Comparator.comparingInt(i -> onTopicList(i, topic) ? 0 : 1);
        return list.thenComparing(byType());
    }

    /** A list cloze or order item of the list {@code topic} heads. */
    private static boolean onTopicList(QuizItem item, String topic) {
        return (item instanceof ListCloze || item instanceof OrderItem)
                && topic != null
                && item.source().topic().equals(topic);
    }

    /** Up to {@code limit} items, one concept after another, concepts in {@code order} first. */
    static List<QuizItem> roundRobin(List<QuizItem> items, List<String> order, String topic, int limit) {
        Map<String, List<QuizItem>> byConcept = new LinkedHashMap<>();
        if (topic != null) {
            byConcept.put(topic, new ArrayList<>());
        }
        order.forEach(c -> byConcept.putIfAbsent(c, new ArrayList<>()));
        // The list being studied is asked under its whole, first: its list clozes belong to members.
        items.forEach(i -> byConcept
                .computeIfAbsent(onTopicList(i, topic) ? topic : i.source().concept(), k -> new ArrayList<>())
                .add(i));
        byConcept.values().forEach(list -> list.sort(preference(topic)));
        List<java.util.Iterator<QuizItem>> queues =
                byConcept.values().stream().map(List::iterator).toList();
        AskedSoFar asked = new AskedSoFar();
        List<QuizItem> out = new ArrayList<>();
        boolean any = true;
        while (any && out.size() < limit) {
            any = false;
            for (java.util.Iterator<QuizItem> queue : queues) {
                // A full quiz stops looking: every further queue's items were checked against all
                // asked so far, and with a hundred related concepts whose definitions read alike
                // (most passed over) a quiz on one concept took 30–50 ms instead of a fraction of one.
                if (out.size() == limit) {
                    break;
                }
                QuizItem next = nextAskable(queue, asked);
                if (next != null) {
                    out.add(next);
                    any = true;
                }
            }
        }
        // a list cloze blanks a member: that member's own item must not come right after it
        return spaced(out);
    }

    /**
     * The queue's next item, passing over what the quiz has asked already in other words (see
     * {@link AskedSoFar}): a second item on a list, a definition saying a fact already asked.
     */
    private static QuizItem nextAskable(java.util.Iterator<QuizItem> queue, AskedSoFar asked) {
        while (queue.hasNext()) {
            QuizItem item = queue.next();
            if (asked.admit(item)) {
                return item;
            }
        }
        return null;
    }

    /** A concept's own items alternating with others, up to {@code limit}; leftovers of either at the end, spaced. */
    static List<QuizItem> interleave(List<QuizItem> ownItems, List<QuizItem> otherItems, int limit) {
        AskedSoFar asked = new AskedSoFar();
        List<QuizItem> own = oneItemPerList(ownItems, asked);
        List<QuizItem> others = oneItemPerList(otherItems, asked);
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

    /** The items in their order, passing over what was asked already in other words (see {@link #nextAskable}). */
    static List<QuizItem> oneItemPerList(List<QuizItem> items, AskedSoFar asked) {
        java.util.Iterator<QuizItem> queue = items.iterator();
        List<QuizItem> out = new ArrayList<>();
        for (QuizItem next = nextAskable(queue, asked); next != null; next = nextAskable(queue, asked)) {
            out.add(next);
        }
        return out;
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
