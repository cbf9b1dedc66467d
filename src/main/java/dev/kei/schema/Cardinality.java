package dev.kei.schema;

import java.util.Arrays;
import java.util.Optional;

/** How the rows on the two sides of a {@link Relation} refer to each other, spelled as in schema text. */
public enum Cardinality {
    /** {@code a 1-* b}: each b row refers to one a row, through an indexed reference on b. */
    ONE_TO_MANY("1-*"),
    /** {@code a 1-1 b}: as 1-*, with the reference on b unique. */
    ONE_TO_ONE("1-1"),
    /** {@code a *-* b}: a junction table links the two. */
    MANY_TO_MANY("*-*");

    private final String symbol;

    Cardinality(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol in schema text: {@code 1-*}, {@code 1-1} or {@code *-*}. */
    public String symbol() {
        return symbol;
    }

    public static Optional<Cardinality> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
