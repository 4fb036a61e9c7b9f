MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, coalesce(c.aliases, []) AS aliases
