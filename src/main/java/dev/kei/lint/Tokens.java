package dev.kei.lint;

import java.util.ArrayList;
import java.util.List;

/** The tokens of a statement or of a part of one (an ALTER TABLE action), with the matching rules need. */
public record Tokens(List<Token> list) {
    public Tokens {
        list = List.copyOf(list);
    }

    public static Tokens of(String sql) {
        return new Tokens(TokenReader.read(sql));
    }

    public int size() {
        return list.size();
    }

    public Token get(int i) {
        return list.get(i);
    }

    /** Whether token {@code i} is the keyword or symbol {@code word}; false past the end. */
    public boolean is(int i, String word) {
        if (i < 0 || i >= list.size()) {
            return false;
        }
        Token t = list.get(i);
        return t.kind() == Token.Kind.SYMBOL ? t.text().equals(word) : t.is(word);
    }

    /** Whether the tokens from {@code i} are {@code words}, in order. */
    public boolean at(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!is(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String... words) {
        return at(0, words);
    }

    /** The first index at or after {@code from} where {@code words} start, or -1. */
    public int find(int from, String... words) {
        for (int i = Math.max(0, from); i + words.length <= list.size(); i++) {
            if (at(i, words)) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(String... words) {
        return find(0, words) >= 0;
    }

    /** The index after the (possibly schema-qualified) name starting at {@code i}. */
    public int afterName(int i) {
        int j = i + 1;
        while (is(j, ".") && j + 1 < list.size() && list.get(j + 1).isName()) {
            j += 2;
        }
        return j;
    }

    /** The last part of the name starting at {@code i} ({@code public.users} is {@code users}), or null. */
    public String nameAt(int i) {
        if (i < 0 || i >= list.size() || !list.get(i).isName()) {
            return null;
        }
        return list.get(afterName(i) - 1).name();
    }

    /** The index of the parenthesis closing the one at {@code open}, or the size when it is never closed. */
    public int closing(int open) {
        int depth = 0;
        for (int i = open; i < list.size(); i++) {
            if (is(i, "(")) {
                depth++;
            } else if (is(i, ")") && --depth == 0) {
                return i;
            }
        }
        return list.size();
    }

    public Tokens slice(int from, int to) {
        return new Tokens(list.subList(Math.max(0, from), Math.min(to, list.size())));
    }

    /** The parts between top-level commas from {@code from} to {@code to}. */
    public List<Tokens> commaParts(int from, int to) {
        List<Tokens> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (is(i, "(")) {
                depth++;
            } else if (is(i, ")")) {
                depth--;
            } else if (depth == 0 && is(i, ",")) {
                parts.add(slice(start, i));
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(slice(start, to));
        }
        return parts;
    }

    /** The names listed in the parentheses opening at {@code open}: {@code (a, "B")} is a and B. */
    public List<String> namesIn(int open) {
        List<String> names = new ArrayList<>();
        if (!is(open, "(")) {
            return names;
        }
        for (Tokens part : commaParts(open + 1, closing(open))) {
            if (part.size() > 0 && part.get(0).isName() && !part.is(1, "(")) {
                names.add(part.get(0).name());
            }
        }
        return names;
    }
}
