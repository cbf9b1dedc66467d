package dev.kei.sql;

/** "1 table", "3 tables": the counts in generated headers. */
final class Counted {
    private Counted() {}

    static String of(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
