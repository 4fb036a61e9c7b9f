// First half of deleting everything: relationships in batches, so that detaching a hub node
// with many thousands of links never has to fit in one transaction.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
