package crmgraph.extract;

import java.util.List;

/**
 * A card's answer cut into its prose (text outside any list) and the list it holds, if any.
 *
 * @param ordered written in order: numbered from 1 (or run-on "1 A.2 B."), or joined by arrows.
 *                Numbers alone do not make a sequence: {@link Sequence} decides that
 * @param shape   how the list was written: bullets, numbered, run-on, dash-run, arrows, series or none
 * @param cut     numbered from after 1: the list's first item stands elsewhere (in the prompt), so
 *                the list as read is incomplete
 */
record Answer(String prose, List<ListItem> items, boolean ordered, String shape, boolean cut) {

    Answer {
        items = List.copyOf(items);
    }

    Answer(String prose, List<ListItem> items, boolean ordered, String shape) {
        this(prose, items, ordered, shape, false);
    }

    boolean hasList() {
        return items.size() >= 2;
    }
}
