// One answer of a learner to one item. Item and concept are kept as ids (properties) so a review
// survives the re-import that replaces its concept node; the OF link is a convenience for browsing.
MATCH (l:Learner {id: $learner})
CREATE (l)-[:REVIEWED]->(r:Review {item: $item, concept: $concept, type: $type, grade: $grade,
                                   answer: $answer, correct: $correct, at: datetime($at)})
WITH r
OPTIONAL MATCH (c:Concept {id: $concept})
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | CREATE (r)-[:OF]->(x))
RETURN count(r) AS created
