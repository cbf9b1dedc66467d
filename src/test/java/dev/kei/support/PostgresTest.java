package dev.kei.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class whose databases live on the shared embedded PostgreSQL ({@link SharedPostgres}), tagged {@code postgres}. */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(SharedPostgres.class)
public @interface PostgresTest {}
