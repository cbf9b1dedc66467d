package dev.kei.engine;

import dev.kei.ask.Transcript;
import dev.kei.redact.Redactor;

/**
 * A replay runs the transcript's skill from the transcript's intake and clock, so it is reproducible: a skill,
 * intake or clock given beside the transcript must agree with it.
 */
final class ReplayCheck {
    private ReplayCheck() {}

    /** {@code request} with the transcript's skill (unless one is given), intake and clock. */
    static RunRequest inputs(RunRequest request) throws RunException {
        Transcript t = request.replay();
        Redactor redactor = SkillRunner.redactor(request.plugins());
        if (request.intake() != null
                && !redactor.clean(request.intake()).strip().equals(redactor.clean(t.intake()))) {
            throw Refusal.usage("USAGE", "--intake differs from the transcript's intake.", "Leave out --intake.");
        }
        if (request.clock() != null && !RunInputs.clock(request.clock()).equals(RunInputs.clock(t.clock()))) {
            throw Refusal.usage(
                    "USAGE",
                    "--clock differs from the transcript's clock " + t.clock() + ".",
                    "Leave out --clock: a transcript carries its own, so a replay is reproducible.");
        }
        String skill = request.skill() != null ? request.skill() : t.skill();
        return new RunRequest(
                skill,
                request.stateFile(),
                request.out(),
                t.intake(),
                t.clock(),
                request.continuation(),
                request.plugins(),
                t);
    }

    /** {@code prepared}, when it runs the transcript's skill; a new run takes what the recording took from outside. */
    static PreparedRun run(PreparedRun prepared, Transcript t) throws RunException {
        String skill = prepared.skill().name();
        if (!skill.equals(t.skill())) {
            throw Refusal.usage(
                    "USAGE",
                    "The transcript is for skill " + t.skill() + ", not " + skill + ".",
                    "Leave out SKILL, or replay a transcript of " + skill + ".");
        }
        if (!prepared.isNew()) {
            return prepared;
        }
        // what the recording run took from a model, the replay takes from the transcript
        return new PreparedRun(
                prepared.runner(), prepared.store(), prepared.state().withRecorded(t.recorded()), null);
    }
}
