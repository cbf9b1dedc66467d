package dev.kei.schema.intake;

/**
 * A thing named at a place in the intake. The place is kept so that every claim can quote the intake's own words
 * between the things it relates; {@code person} decides which way some prepositions point ("interviews with
 * candidates").
 */
record Mention(String name, int start, int end, boolean person) {}
