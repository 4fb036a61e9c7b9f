// Replaces the snapshot of what the stored quiz items were made from; written after its parts.
MERGE (s:QuizSnapshot {id: 'current'})
SET s.graph = $graph, s.generator = $generator, s.build = $build, s.parts = $parts, s.topics = $topics,
    s.keys = $keys
