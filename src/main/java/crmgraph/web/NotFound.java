package crmgraph.web;

/** An id in the path names nothing in the graph; becomes a 404 page or {@code {"error": …}}. */
public final class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
