// The study material the stored quiz items were last made from, with the graph's fingerprint and
// generator version then: when both are as now, a start serves the stored items without reading the graph.
MATCH (s:QuizSnapshot {id: 'current'})
RETURN s.graph AS graph, s.generator AS generator, s.material AS material
