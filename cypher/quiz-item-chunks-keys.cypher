// Which topic keys each stored chunk of quiz items holds, to find the chunks a build must read or rewrite.
MATCH (c:QuizItemChunk)
RETURN c.id AS id, c.keys AS keys
