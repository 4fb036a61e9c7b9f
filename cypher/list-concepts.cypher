MATCH (c:Concept)
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, coalesce(c.definitionCount, 0) AS definitions
ORDER BY toLower(c.name), c.id
LIMIT $limit
