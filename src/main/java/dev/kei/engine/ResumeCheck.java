package dev.kei.engine;

import dev.kei.skill.Skill;
import java.nio.file.Path;

/**
 * Whether a stored run may continue: it belongs to this skill and to this version of its files, and any intake or
 * clock given again is the run's own. Resuming otherwise could mix two runs' or two versions' questions.
 */
final class ResumeCheck {
    private ResumeCheck() {}

    /** {@code state}, when {@code file}'s run may continue with {@code skill}, {@code intake} and {@code clock}. */
    static State resume(State state, Skill skill, Path file, String intake, String clock) throws RunException {
        String fresh = "Delete " + file + " to start over, or pass --state NEW_FILE.";
        if (!state.skill().equals(skill.name())) {
            throw Refusal.usage(
                    "STATE_MISMATCH",
                    "The state file " + file + " belongs to skill " + state.skill() + ", not " + skill.name() + ".",
                    fresh);
        }
        if (!state.skillDigest().equals(skill.digest())) {
            throw Refusal.usage(
                    "SKILL_CHANGED",
                    "The state file " + file + " was made by a different version of"
                            + " the " + skill.name() + " skill's files (" + shortDigest(state.skillDigest()) + ", now "
                            + shortDigest(skill.digest()) + "); resuming could mix two versions' questions.",
                    fresh);
        }
        if (intake != null && !intake.strip().equals(state.intake())) {
            throw Refusal.usage(
                    "STATE_MISMATCH",
                    "A run with another intake is in progress in " + file + ".",
                    "Leave out --intake to continue it. " + fresh);
        }
        if (clock != null && !RunInputs.clock(clock).equals(state.clock())) {
            throw Refusal.usage(
                    "STATE_MISMATCH",
                    "The run in " + file + " started with clock " + state.clock() + ", not " + clock + ".",
                    "Leave out --clock to continue it. " + fresh);
        }
        return state;
    }

    /** Refuses an output folder given again that is not the one {@code file}'s run writes into. */
    static void sameOut(State state, Path out, Path file) throws RunException {
        if (out != null && state.out() != null && !Path.of(state.out()).equals(out)) {
            throw Refusal.usage(
                    "STATE_MISMATCH",
                    "The run in " + file + " writes its files into " + state.out() + ", not " + out + ".",
                    "Leave out --out to continue it. Delete " + file + " to start over, or pass --state NEW_FILE.");
        }
    }

    private static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
