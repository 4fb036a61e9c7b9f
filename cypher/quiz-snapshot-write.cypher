// Replaces the snapshot of the study material the stored quiz items were made from.
MERGE (s:QuizSnapshot {id: 'current'})
SET s.graph = $graph, s.generator = $generator, s.material = $material
