package crmgraph.quiz;

import crmgraph.graph.ReviewStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A learner's FSRS memory of every item they reviewed, replayed from their stored reviews. */
public final class Schedule {

    private final Map<String, Fsrs.Memory> memories;

    private Schedule(Map<String, Fsrs.Memory> memories) {
        this.memories = memories;
    }

    /** Replays reviews (any order; sorted by time here) through FSRS. */
    public static Schedule replay(Fsrs fsrs, List<ReviewStore.Review> reviews) {
        Map<String, Fsrs.Memory> memories = new LinkedHashMap<>();
        reviews.stream().sorted(Comparator.comparing(ReviewStore.Review::at)).forEach(r -> {
            Grade grade = Grade.of(r.grade());
            memories.compute(r.item(), (id, m) -> m == null ? fsrs.first(grade, r.at()) : fsrs.next(m, grade, r.at()));
        });
        return new Schedule(memories);
    }

    public Map<String, Fsrs.Memory> memories() {
        return Map.copyOf(memories);
    }

    /** Ids of items due at {@code now}, most overdue first. */
    public List<String> due(Instant now) {
        return memories.entrySet().stream()
                .filter(e -> !e.getValue().due().isAfter(now))
                .sorted(Comparator.comparing(e -> e.getValue().due()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
