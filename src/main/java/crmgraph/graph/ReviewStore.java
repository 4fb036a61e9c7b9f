package crmgraph.graph;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;

/**
 * Learners and their reviews: {@code (:Learner {id, name})-[:REVIEWED]->(:Review {item, concept,
 * type, grade, answer, correct, at})}, with {@code (:Review)-[:OF]->(:Concept)} while the concept exists.
 * Every query names the learner, so two learners never see each other's reviews.
 */
public final class ReviewStore {

    private final GraphStore store;

    public ReviewStore(GraphStore store) {
        this.store = store;
    }

    /** A learner profile. */
    public record Learner(String id, String name) {}

    /** One stored answer: which item, about which concept, the FSRS grade (1–4) and when. */
    public record Review(String item, String concept, int grade, Instant at) {}

    /** What to store for one answer. */
    public record NewReview(
            String learner,
            String item,
            String concept,
            String type,
            int grade,
            String answer,
            boolean correct,
            Instant at) {}

    /** The learner with this id, created with {@code name} when new. */
    public Learner learner(String id, String name) {
        Record r = store.driver()
                .executableQuery(Cypher.query("review-learner-merge"))
                .withParameters(Map.of("id", id, "name", name))
                .withConfig(store.writes())
                .execute()
                .records()
                .get(0);
        return new Learner(r.get("id").asString(), r.get("name").asString());
    }

    public Optional<Learner> find(String id) {
        return store
                .driver()
                .executableQuery(Cypher.query("review-learner"))
                .withParameters(Map.of("id", id))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .findFirst()
                .map(r -> new Learner(r.get("id").asString(), r.get("name").asString()));
    }

    public void add(NewReview review) {
        Map<String, Object> p = new HashMap<>();
        p.put("learner", review.learner());
        p.put("item", review.item());
        p.put("concept", review.concept());
        p.put("type", review.type());
        p.put("grade", review.grade());
        p.put("answer", review.answer());
        p.put("correct", review.correct());
        p.put("at", review.at().toString());
        store.driver()
                .executableQuery(Cypher.query("review-add"))
                .withParameters(p)
                .withConfig(store.writes())
                .execute();
    }

    /**
     * Counts the learner's latest answer to an item as right with {@code grade}, where that answer
     * was {@code answer}, was wrong, and was given at or after {@code since}; false when no such
     * review exists (nothing is changed then).
     */
    public boolean overrule(String learner, String item, String answer, int grade, Instant since) {
        return store.driver()
                        .executableQuery(Cypher.query("review-overrule"))
                        .withParameters(Map.of(
                                "learner", learner,
                                "item", item,
                                "answer", answer,
                                "grade", grade,
                                "since", since.toString()))
                        .withConfig(store.writes())
                        .execute()
                        .records()
                        .get(0)
                        .get("changed")
                        .asLong()
                > 0;
    }

    /** The learner's reviews, oldest first. */
    public List<Review> history(String learner) {
        return store
                .driver()
                .executableQuery(Cypher.query("review-history"))
                .withParameters(Map.of("learner", learner))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> new Review(
                        r.get("item").asString(),
                        r.get("concept").asString(),
                        r.get("grade").asInt(),
                        r.get("at").asZonedDateTime().toInstant()))
                .toList();
    }
}
