package dev.kei.lint;

import dev.kei.lint.rules.AddingRequiredColumn;
import dev.kei.lint.rules.BanDrop;
import dev.kei.lint.rules.ConcurrentlyInTransaction;
import dev.kei.lint.rules.ConstraintMissingNotValid;
import dev.kei.lint.rules.ForeignKeyWithoutIndex;
import dev.kei.lint.rules.NoTransactionMarker;
import dev.kei.lint.rules.NonRobustStatement;
import dev.kei.lint.rules.RenamingTableOrColumn;
import dev.kei.lint.rules.RequireConcurrentIndex;
import dev.kei.lint.rules.RewritingTypeChange;
import dev.kei.lint.rules.SetLocalOutsideTransaction;
import dev.kei.lint.rules.SetNotNullNeedsCheck;
import dev.kei.lint.rules.TimeoutDisabled;
import dev.kei.lint.rules.TimeoutInvalid;
import dev.kei.lint.rules.TruncateCascade;
import dev.kei.lint.rules.UnbatchedWrite;
import dev.kei.lint.rules.UniqueNeedsUsingIndex;
import dev.kei.lint.rules.UpWithoutDown;
import dev.kei.lint.rules.ValidateInSameTransaction;
import dev.kei.lint.rules.VolatileDefault;
import java.util.List;
import java.util.Optional;

/** Every rule kei-migrate lint runs, in the order findings of one statement are reported. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new RequireConcurrentIndex(),
            new ConcurrentlyInTransaction(),
            new NoTransactionMarker(),
            new ConstraintMissingNotValid(),
            new ValidateInSameTransaction(),
            new SetNotNullNeedsCheck(),
            new AddingRequiredColumn(),
            new VolatileDefault(),
            new UniqueNeedsUsingIndex(),
            new RewritingTypeChange(),
            new RenamingTableOrColumn(),
            new BanDrop(),
            new TruncateCascade(),
            new SetLocalOutsideTransaction(),
            new TimeoutInvalid(),
            new TimeoutDisabled(),
            new UpWithoutDown(),
            new ForeignKeyWithoutIndex(),
            new UnbatchedWrite(),
            new NonRobustStatement(),
            new AllowWithoutReason());

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The kei rules a squawk rule id stands for (squawk's constraint-missing-not-valid covers two of kei's). */
    public static List<Rule> bySquawkId(String squawkId) {
        return ALL.stream().filter(r -> r.squawkIds().contains(squawkId)).toList();
    }
}
