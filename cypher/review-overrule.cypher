// The learner overrules the checker on their last answer to an item: it counts as right after all.
// Only the latest review of that item, only when it was wrong with this very answer, and only
// recently ($since): an old answer stays as it was scheduled.
MATCH (:Learner {id: $learner})-[:REVIEWED]->(r:Review {item: $item})
WITH r ORDER BY r.at DESC, elementId(r) DESC LIMIT 1
WITH r WHERE r.correct = false AND r.answer = $answer AND r.at >= datetime($since)
SET r.grade = $grade, r.correct = true, r.overruled = true
RETURN count(r) AS changed
