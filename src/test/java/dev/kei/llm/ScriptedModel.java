package dev.kei.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.kei.io.Json;
import dev.kei.support.OpenAiStub;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stub model that answers sensibly, computed from each request: a call with the {@code answer} tool gets the
 * first label of every question (the recommended one) unless {@code choices} names another; a call without tools
 * (the proposal prompt) gets the next of {@code proposals}, the last one repeating. A proposal of {@code null}
 * answers HTTP 500.
 */
final class ScriptedModel implements ResponseTransformerV2 {
    static final String NAME = "scripted-model";

    private final Map<String, Object> choices = new LinkedHashMap<>();
    private final List<String> proposals = new ArrayList<>();
    private final AtomicInteger proposalCalls = new AtomicInteger();

    void script(Map<String, Object> newChoices, List<String> newProposals) {
        choices.clear();
        choices.putAll(newChoices);
        proposals.clear();
        proposals.addAll(newProposals);
        proposalCalls.set(0);
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
        JsonNode request;
        try {
            request = Json.parse(event.getRequest().getBodyAsString());
        } catch (Exception e) {
            return Response.Builder.like(response)
                    .but()
                    .status(400)
                    .body("not JSON")
                    .build();
        }
        if (!request.has("tools")) {
            int call = proposalCalls.getAndIncrement();
            String proposal = proposals.get(Math.min(call, proposals.size() - 1));
            if (proposal == null) {
                return Response.Builder.like(response)
                        .but()
                        .status(500)
                        .body("{\"error\":{\"message\":\"overloaded\"}}")
                        .build();
            }
            return Response.Builder.like(response)
                    .but()
                    .body(OpenAiStub.textBody(proposal))
                    .build();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> properties =
                request.at("/tools/0/function/parameters/properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            if (p.getKey().endsWith("_other")) {
                continue;
            }
            Object value = choices.get(p.getKey());
            if (value == null) {
                JsonNode schema = p.getValue().has("anyOf") ? p.getValue().at("/anyOf/0") : p.getValue();
                value = schema.path("type").asText().equals("array")
                        ? List.of(schema.at("/items/enum/0").asText())
                        : schema.at("/enum/0").asText();
            }
            args.put(p.getKey(), value);
        }
        return Response.Builder.like(response)
                .but()
                .body(OpenAiStub.toolCallBody(Json.line(args)))
                .build();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
