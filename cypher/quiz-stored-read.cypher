// What the stored quiz items were last made from (the graph's fingerprint and generator version
// then, each topic with its key, and the build whose parts of the study material go with them) and
// every stored chunk of items with the keys it holds. When both match now, a start serves the stored
// items without reading the graph. One query, because a start plans each of its queries cold: the
// snapshot, the chunks' keys and the chunks took three, about a second together on the 100k graph.
OPTIONAL MATCH (s:QuizSnapshot {id: 'current'})
RETURN s.graph AS graph, s.generator AS generator, s.build AS build, s.parts AS parts, s.topics AS topics,
       s.keys AS keys,
       COLLECT { MATCH (c:QuizItemChunk) RETURN c {.id, .keys, .items} } AS chunks
