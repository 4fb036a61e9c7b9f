// A learner's reviews, oldest first: the FSRS state of each item is replayed from them.
MATCH (:Learner {id: $learner})-[:REVIEWED]->(r:Review)
RETURN r.item AS item, r.concept AS concept, r.grade AS grade, r.at AS at
ORDER BY r.at, elementId(r)
