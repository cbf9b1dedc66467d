package dev.kei.transport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.Question;
import dev.kei.ask.QuestionTransport;
import dev.kei.io.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A person at a terminal: each question with numbered options; Enter takes the recommended one, {@code 1,3}
 * picks several on a multi-select, {@code o} (or any text that is not a number) is "Other", free text. Keystrokes
 * become an ordinary answer, validated by the engine like any other; a rejected answer is shown and the step is
 * asked again. End of input (Ctrl-D) stops the run with the state kept.
 */
public final class TerminalTransport implements QuestionTransport {
    private final BufferedReader in;
    private final PrintStream out;

    public TerminalTransport(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Reply ask(Envelope.Ask ask) throws IOException {
        Payload payload = Json.MAPPER.convertValue(ask.payload(), Payload.class);
        ObjectNode answers = Json.MAPPER.createObjectNode();
        out.println();
        out.println("── " + ask.phase() + " · step " + ask.step() + " ──");
        for (int i = 0; i < payload.questions().size(); i++) {
            Question q = payload.questions().get(i);
            String id = ask.ids().get(i);
            List<String> picked = pick(q);
            if (picked == null) {
                return new Reply.Ended(
                        "CANCELLED",
                        "Input ended at step " + ask.step() + " (phase " + ask.phase() + ").",
                        "The state is kept; run the same command again to resume.");
            }
            if (q.multiSelect() && picked.size() > 1) {
                ArrayNode array = answers.putArray(id);
                picked.forEach(array::add);
            } else {
                answers.put(id, picked.get(0));
            }
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.set("answers", answers);
        return new Reply.Answered(Json.line(answer));
    }

    /** The labels (or the one free text) chosen for {@code q}; null at end of input. */
    private List<String> pick(Question q) throws IOException {
        out.println();
        out.println("[" + q.header() + "] " + q.question());
        List<Option> options = q.options();
        for (int j = 0; j < options.size(); j++) {
            out.println("  " + (j + 1) + ") " + options.get(j).label() + " — "
                    + options.get(j).description());
        }
        out.println("  o) Other — type your own answer");
        String prompt = q.multiSelect()
                ? "Choose one or more (e.g. 1,3), Enter = 1: "
                : "Choose 1-" + options.size() + ", Enter = 1: ";
        while (true) {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            String input = line.strip();
            if (input.isEmpty()) {
                return List.of(options.get(0).label());
            }
            if (input.equalsIgnoreCase("o")) {
                out.print("Your answer: ");
                out.flush();
                String text = in.readLine();
                if (text == null) {
                    return null;
                }
                if (!text.isBlank()) {
                    return List.of(text.strip());
                }
                continue;
            }
            List<String> chosen = numbers(input, options, q.multiSelect());
            if (chosen != null) {
                return chosen;
            }
            if (input.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == ' ')) {
                out.println("  There is no option " + input + "; " + prompt.toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            return List.of(input);
        }
    }

    private static List<String> numbers(String input, List<Option> options, boolean multi) {
        String[] parts = input.split("[,\\s]+");
        if (!multi && parts.length > 1) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (String part : parts) {
            if (!part.matches("[0-9]{1,2}")) {
                return null;
            }
            int n = Integer.parseInt(part);
            if (n < 1 || n > options.size()) {
                return null;
            }
            String label = options.get(n - 1).label();
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
        out.println();
        out.println("! " + error.message());
        if (error.hint() != null) {
            out.println("  " + error.hint());
        }
        return true;
    }

    @Override
    public void finished(Envelope.Done done) {
        out.println();
        out.println("Done. Files written:");
        done.artifacts().forEach(a -> out.println("  " + a.path()));
        if (!done.nextSteps().isBlank()) {
            out.println();
            out.println(done.nextSteps());
        }
    }
}
