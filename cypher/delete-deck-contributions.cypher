OPTIONAL MATCH ()-[p:HAS_PART {deck: $deck}]->()
DELETE p
WITH count(*) AS ignored
OPTIONAL MATCH ()-[i:IS_A {deck: $deck}]->()
DELETE i
WITH count(*) AS ignored
OPTIONAL MATCH ()-[r:RELATED_TO {deck: $deck}]->()
DELETE r
WITH count(*) AS ignored
OPTIONAL MATCH (card:Card {deck: $deck})
DETACH DELETE card
