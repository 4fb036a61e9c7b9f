// What the stored quiz items were last made from: the graph's fingerprint and generator version
// then, each topic with its key, and the build whose parts of the study material go with them. When
// both match now, a start serves the stored items without reading the graph.
MATCH (s:QuizSnapshot {id: 'current'})
RETURN s.graph AS graph, s.generator AS generator, s.build AS build, s.parts AS parts, s.topics AS topics,
       s.keys AS keys
