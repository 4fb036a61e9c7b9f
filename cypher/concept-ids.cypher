// Every concept's id, for reading all concept pages ahead in batches.
MATCH (c:Concept)
RETURN c.id AS id
