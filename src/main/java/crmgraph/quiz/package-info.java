/**
 * Quizzes generated from the graph: cloze, list, order and choice items ({@link crmgraph.quiz.QuizItem}),
 * a fair answer checker ({@link crmgraph.quiz.AnswerChecker}), FSRS-6 scheduling ({@link crmgraph.quiz.Fsrs})
 * and the Anki export. The items of the whole graph live in an {@code ItemBank}, rebuilt in the
 * background when the graph's version changes. Services here know nothing of HTTP; they read the graph through
 * {@code crmgraph.graph.QuizQueries} and store reviews through {@code crmgraph.graph.ReviewStore}.
 */
package crmgraph.quiz;
