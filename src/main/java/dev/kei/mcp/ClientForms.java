package dev.kei.mcp;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * Forms sent to the client as {@code elicitation/create} requests (form mode). A person takes minutes: the server's
 * request timeout is an hour, and a client that goes away while a form is open (its input ends) ends the wait at
 * once, so the run is left waiting at that question instead of holding the server until the timeout.
 */
final class ClientForms implements Forms {
    private final McpSyncServerExchange exchange;
    private final CompletableFuture<Void> inputEnded;
    private final ExecutorService waiting;
    private final PrintStream log;

    ClientForms(
            McpSyncServerExchange exchange,
            CompletableFuture<Void> inputEnded,
            ExecutorService waiting,
            PrintStream log) {
        this.exchange = exchange;
        this.inputEnded = inputEnded;
        this.waiting = waiting;
        this.log = log;
    }

    /** Whether the client said it fills in forms (an {@code elicitation} capability, form mode or no mode named). */
    static boolean supported(McpSyncServerExchange exchange) {
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        if (capabilities == null || capabilities.elicitation() == null) {
            return false;
        }
        McpSchema.ClientCapabilities.Elicitation e = capabilities.elicitation();
        return e.form() != null || e.url() == null; // {} means form mode (spec 2025-11-25)
    }

    @Override
    public Outcome ask(ElicitationForm form) {
        McpSchema.ElicitRequest request = McpSchema.ElicitFormRequest.builder(form.message(), form.schema())
                .build();
        CompletableFuture<McpSchema.ElicitResult> answer =
                CompletableFuture.supplyAsync(() -> exchange.createElicitation(request), waiting);
        try {
            CompletableFuture.anyOf(answer, inputEnded).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.NotAnswered("the server was stopped while the form was open");
        } catch (ExecutionException e) {
            // the form failed; reported below
        }
        if (!answer.isDone()) {
            log.println("The client went away while a form was open; the run waits at that question.");
            return new Outcome.NotAnswered("the client went away while the form was open");
        }
        McpSchema.ElicitResult result;
        try {
            result = answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.NotAnswered("the server was stopped while the form was open");
        } catch (ExecutionException e) {
            log.println("The form could not be shown: " + e.getCause().getMessage());
            return new Outcome.NotAnswered(
                    "the client could not show the form (" + e.getCause().getMessage() + ")");
        }
        return switch (result.action()) {
            case ACCEPT -> new Outcome.Accepted(result.content());
            case DECLINE -> new Outcome.NotAnswered("the person declined the form");
            case CANCEL -> new Outcome.NotAnswered("the person cancelled the form");
        };
    }
}
