// Parts of the study material a build read, stored beside the previous build's parts and before the
// snapshot that names their build, so a start never reads a mix of two builds' parts.
UNWIND $rows AS row
MERGE (p:QuizMaterialPart {id: $build + '/' + toString(row.part)})
SET p.build = $build, p.part = row.part, p.material = row.material
