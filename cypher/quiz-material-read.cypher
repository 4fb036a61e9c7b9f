// The parts of the study material a snapshot's build stored (gzipped JSON), in order.
MATCH (p:QuizMaterialPart)
WHERE p.build = $build
RETURN p.part AS part, p.material AS material
ORDER BY part
