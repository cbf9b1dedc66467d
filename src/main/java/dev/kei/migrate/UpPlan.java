package dev.kei.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code up} runs and what it holds back: the failed and pending files in version order, at most
 * {@code limit} of them, stopping before a contract step unless {@code --contract} ({@link ContractStep}).
 *
 * @param run the files to apply, in order
 * @param heldBack the contract step and the files after it that this up would have reached but holds back (empty
 *     when nothing was held back, also when {@code up N} stops before the contract step)
 */
record UpPlan(List<MigrationFile> run, List<MigrationFile> heldBack) {
    UpPlan {
        run = List.copyOf(run);
        heldBack = List.copyOf(heldBack);
    }

    static UpPlan of(Status status, UpOptions options) {
        int limit = options.limit();
        List<MigrationFile> held = options.contract()
                ? List.of()
                : status.heldBack().stream().map(Status.Entry::file).toList();
        List<MigrationFile> run = new ArrayList<>();
        for (Status.Entry e : status.entries()) {
            if (limit != 0 && run.size() == limit) {
                return new UpPlan(run, List.of()); // up N ends before the contract step: nothing was held back
            }
            if (!held.isEmpty() && e.file() == held.get(0)) {
                break;
            }
            if (e.state() == Status.State.FAILED
                    || e.state() == Status.State.PENDING
                    || e.state() == Status.State.WAITING_FOR_CONTRACT) {
                run.add(e.file());
            }
        }
        return new UpPlan(run, held);
    }
}
