package dev.kei.change;

import java.util.List;

/**
 * One migration pair a recipe writes: what it does, its up and down statements, and how kei-migrate runs them
 * (contracts sections 8 and 11). {@link #upText()} and {@link #downText()} are the files' contents.
 *
 * @param slug the file name's part after the timestamp: {@code add_users_plan_backfill}
 * @param what what this step does, one line for the file's header and the record
 * @param up the up statements, each ending in a semicolon, with the comment lines that go right above each
 * @param down the down statements, or a single {@code -- IRREVERSIBLE: why} comment
 * @param upOutsideTransaction whether the up runs statement by statement ({@code -- kei:no-transaction})
 * @param downOutsideTransaction the same for the down
 * @param contract the reason when this is the contract step of an expand/contract change, else null
 */
public record Step(
        String slug,
        String what,
        List<String> up,
        List<String> down,
        boolean upOutsideTransaction,
        boolean downOutsideTransaction,
        String contract) {
    public Step {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    /** Whether the down is marked IRREVERSIBLE: kei-migrate refuses to run it. */
    public boolean irreversible() {
        return down.size() == 1 && down.get(0).startsWith("-- IRREVERSIBLE");
    }

    public String upText() {
        return text(up, upOutsideTransaction, contract, "up");
    }

    public String downText() {
        return text(down, downOutsideTransaction, null, "down");
    }

    private String text(List<String> statements, boolean outside, String contractReason, String which) {
        StringBuilder s = new StringBuilder();
        if (outside) {
            s.append(StepSql.NO_TRANSACTION).append('\n');
        }
        if (contractReason != null) {
            s.append("-- kei:contract: ").append(contractReason).append('\n');
        }
        s.append("-- kei db-change, ").append(which).append(": ").append(what).append('\n');
        for (String statement : statements) {
            s.append(statement).append('\n');
        }
        return s.toString();
    }
}
