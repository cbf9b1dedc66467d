package dev.kei.llm;

import dev.kei.engine.ModelProposals;
import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunRequest;
import dev.kei.skill.FreeTextQuestions;
import java.io.PrintStream;

/**
 * How the LLM bridge joins the engine's run API, so a model's run starts and resumes by the same policy as every
 * other transport's: the request carries the model as the proposer its generators may ask, and the prepared run
 * (new or resumed) gets a transport that shows the model the intake and the answers so far.
 */
public final class ModelRun {
    private ModelRun() {}

    /** {@code request}, with {@code client}'s model offered to the run's generators as {@link ModelProposals}. */
    public static RunRequest proposing(RunRequest request, ModelClient client) {
        return request.withPlugins(request.plugins().with(ModelProposals.class, new ChatModelProposals(client)));
    }

    /** The transport through which {@code client}'s model answers {@code run}'s questions. */
    public static LlmTransport transport(PreparedRun run, ModelClient client, PrintStream out, PrintStream log) {
        return new LlmTransport(
                client, run.state().intake(), run.state().exchanges(), FreeTextQuestions.of(run.skill()), out, log);
    }
}
