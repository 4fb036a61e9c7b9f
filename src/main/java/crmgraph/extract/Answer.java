package crmgraph.extract;

import java.util.List;

/**
 * A card's answer cut into its prose (text outside any list) and the list it holds, if any.
 *
 * @param ordered numbered (written with numbers, or run-on "1 A.2 B.")
 * @param shape   how the list was written: bullets, numbered, run-on, dash-run, series or none
 */
record Answer(String prose, List<ListItem> items, boolean ordered, String shape) {

    Answer {
        items = List.copyOf(items);
    }

    boolean hasList() {
        return items.size() >= 2;
    }
}
