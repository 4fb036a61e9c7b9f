package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ListLevelsTest {

    private static List<Integer> levels(String... items) {
        ListLevels levels = new ListLevels();
        return Stream.of(items)
                .map(i -> {
                    String marker = i.strip().substring(0, 1);
                    return levels.place(marker, i.indexOf(marker));
                })
                .toList();
    }

    @Test
    void at_one_indentation_a_new_marker_opens_a_level_and_a_known_one_goes_back_to_its_own() {
        assertThat(levels("\u2022", "o", "\u25AA", "o", "\u2022", "o")).containsExactly(0, 1, 2, 1, 0, 1);
    }

    @Test
    void deeper_indentation_opens_a_level_whatever_the_marker_and_shallower_closes_levels() {
        assertThat(levels("-", "  -", "    -", "  -", "-")).containsExactly(0, 1, 2, 1, 0);
        assertThat(levels("\u2022", "    o", "  \u25AA", "\u2022")).containsExactly(0, 1, 1, 0);
    }

    @Test
    void the_first_marker_of_a_list_is_its_top_level_whatever_its_indentation_or_shape() {
        assertThat(levels("    \u2013", "    \u2013")).containsExactly(0, 0);
        assertThat(levels("\u25CB", "\u25CF", "\u25CB")).containsExactly(0, 1, 0);
    }
}
