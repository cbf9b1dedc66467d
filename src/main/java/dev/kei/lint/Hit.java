package dev.kei.lint;

/** What a rule found: the line of the statement (or 1 for the file) and the message naming what is wrong. */
public record Hit(int line, String message) {}
