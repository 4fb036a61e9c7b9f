/**
 * The web explorer over HTTP: page and API handlers (the explorer's {@code PageHandlers} and
 * {@code ApiHandlers}, the quizzes' {@code QuizPageHandlers}, {@code QuizApiHandlers},
 * {@code AnkiExportHandlers} and {@code LearnerHandlers} (HTTP only: parameters in, a query of the
 * {@code graph} package, a jte view or JSON out), the views' models ({@link crmgraph.web.Pages}),
 * error answers that never leak internals ({@link crmgraph.web.ErrorHandlers}), the
 * Content-Security-Policy ({@link crmgraph.web.SecurityHeaders}) and the guarded two-step import
 * from the browser ({@link crmgraph.web.ImportHandlers}; {@link crmgraph.web.ImportGuard} checks every
 * import request once, before its handler: {@link crmgraph.web.ImportGate}, the rate limit of
 * {@link crmgraph.web.ImportRateLimit} and the size limits of {@link crmgraph.web.ImportHandlers}; a preview can be read again with
 * another layout or other separators from the text {@link crmgraph.web.PendingImports} keeps), and confirming the reading
 * of an uncertain card ({@link crmgraph.web.ConfirmHandlers}, behind the same gate). Errors Jetty answers before
 * any route runs carry the same headers and no internals ({@link crmgraph.web.JettyErrors}).
 * Templates live in {@code src/main/jte} (precompiled, HTML-escaped); scripts and styles are
 * static files, never inline.
 */
package crmgraph.web;
