// Drops the material parts of builds before the latest one.
MATCH (p:QuizMaterialPart)
WHERE p.build <> $build
DELETE p
