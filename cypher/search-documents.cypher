// Every concept with the text of the concept_text full-text index, for the in-process copy of it.
MATCH (c:Concept)
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, coalesce(c.aliasText, '') AS aliasText,
       coalesce(c.definitionText, '') AS definitionText, coalesce(c.definitionCount, 0) AS definitions
