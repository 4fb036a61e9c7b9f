// A learner profile: found by id, created on first use with the name given.
MERGE (l:Learner {id: $id})
  ON CREATE SET l.name = $name, l.createdAt = datetime()
RETURN l.id AS id, l.name AS name
