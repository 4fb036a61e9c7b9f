package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.graph.Confirmations;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * {@code POST /decks/{id}/confirm}: the student confirms the reading of a card the reader was
 * unsure of, then lands back on the card. It changes what quizzes ask, so it has passed the same
 * {@link ImportGate} as an import ({@link ImportGuard}): this machine or the admin token, never a form
 * from another site.
 */
public final class ConfirmHandlers {

    private final Confirmations confirmations;

    public ConfirmHandlers(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    public void confirm(Context ctx) {
        String deck = ctx.pathParam("id");
        String card =
                Optional.ofNullable(ctx.formParam("card")).map(String::strip).orElse("");
        if (card.isEmpty() || !confirmations.confirm(deck, card)) {
            throw BadInputException.notFound("deck " + deck + " has no card " + card
                    + " to confirm (only cards that may be misread are confirmed)");
        }
        ctx.redirect("/decks/" + deck + "#" + card, HttpStatus.SEE_OTHER);
    }
}
