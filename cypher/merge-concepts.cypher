UNWIND $rows AS row
MERGE (c:Concept {key: row.key})
  ON CREATE SET c.id = row.id
SET c.name = row.name, c.aliases = row.aliases
