// What opening the store needs to know, in one query (a cold process spends a few hundred ms planning
// each new query): the version of the schema the store was last given, and whether an interrupted
// import left concept text stale.
OPTIONAL MATCH (s:SchemaVersion {id: 'crmgraph'})
RETURN s.version AS schema, EXISTS { MATCH (:StaleText) } AS stale
