// Applied when a store was last given another version of this file (its text is the version).
// Every statement is idempotent.
CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (c:Concept) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT deck_id IF NOT EXISTS FOR (d:Deck) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT card_id IF NOT EXISTS FOR (c:Card) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT learner_id IF NOT EXISTS FOR (l:Learner) REQUIRE l.id IS UNIQUE;
CREATE INDEX card_deck IF NOT EXISTS FOR (c:Card) ON (c.deck);
CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (c:Concept) ON EACH [c.name, c.aliasText, c.definitionText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE INDEX has_part_deck IF NOT EXISTS FOR ()-[r:HAS_PART]-() ON (r.deck);
CREATE INDEX is_a_deck IF NOT EXISTS FOR ()-[r:IS_A]-() ON (r.deck);
CREATE INDEX related_to_deck IF NOT EXISTS FOR ()-[r:RELATED_TO]-() ON (r.deck);
// Quiz reviews (learners have the learner_id constraint above).
CREATE INDEX review_item IF NOT EXISTS FOR (r:Review) ON (r.item);
// Generated quiz items, in chunks of many topics' items, each under the key of what they were made from.
CREATE CONSTRAINT quiz_item_chunk_id IF NOT EXISTS FOR (c:QuizItemChunk) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT quiz_snapshot_id IF NOT EXISTS FOR (s:QuizSnapshot) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT quiz_material_part_id IF NOT EXISTS FOR (p:QuizMaterialPart) REQUIRE p.id IS UNIQUE;
