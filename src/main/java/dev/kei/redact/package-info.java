/**
 * Credentials out of every text kei stores, prints or sends: {@link dev.kei.redact.Redactor} is the one mask the
 * engine applies where input enters (the intake, free-text answers) and the LLM bridge applies to text bound for a
 * model. It sits below the engine and the bridges and knows only {@link dev.kei.db.DatabaseUrl}, to find the
 * password of {@code DATABASE_URL}.
 */
package dev.kei.redact;
