// Stored quiz items under the keys asked for: a key names what its items were made from, so a
// key that is not stored (what they were made from changed) is regenerated.
UNWIND $keys AS key
MATCH (s:QuizItems {key: key})
RETURN s.key AS key, s.items AS items
