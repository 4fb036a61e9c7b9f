// Links by meaning: parts and kinds say what they are; a related link says it only with a phrase.
CALL () { MATCH ()-[r:HAS_PART]->() RETURN count(r) AS parts }
CALL () { MATCH ()-[r:IS_A]->() RETURN count(r) AS kinds }
CALL () { MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS related, count(r.phrase) AS phrased }
RETURN parts, kinds, related, phrased
