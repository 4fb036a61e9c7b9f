// Remembers which schema the store was given, so later starts skip applying it again.
MERGE (s:SchemaVersion {id: 'crmgraph'})
SET s.version = $version
