package crmgraph.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The nesting level of each item of a pasted list, decided by its marker as well as by its
 * indentation. Word often pastes every level at the same indentation, and then only the marker
 * tells the level ("•" items, "o" under them, "▪" under those): at the indentation of the
 * innermost level, a marker already in use goes back to its level and a new one opens a level
 * below. Deeper indentation opens a level whatever the marker; shallower closes levels.
 */
final class ListLevels {

    private record Level(String marker, int indent) {}

    private final List<Level> open = new ArrayList<>();

    /** A new list starts: nothing is open. */
    void reset() {
        open.clear();
    }

    /** The level (0 for the outermost) of an item with this marker and indentation. */
    int place(String marker, int indent) {
        while (!open.isEmpty() && innermost().indent() > indent) {
            open.remove(open.size() - 1);
        }
        if (!open.isEmpty() && innermost().indent() == indent) {
            for (int k = open.size() - 1; k >= 0 && open.get(k).indent() == indent; k--) {
                if (open.get(k).marker().equals(marker)) {
                    open.subList(k + 1, open.size()).clear();
                    return k;
                }
            }
        }
        open.add(new Level(marker, indent));
        return open.size() - 1;
    }

    private Level innermost() {
        return open.get(open.size() - 1);
    }
}
