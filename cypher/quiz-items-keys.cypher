// Every key stored quiz items are kept under, to find those the graph no longer has.
MATCH (s:QuizItems)
RETURN s.key AS key
