package io.github.camelmartech.sandbox.affelios;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs an {@link AffeliosSimulator} for the test class on a free port; declare an {@code AffeliosSimulator}
 * parameter on a test or lifecycle method to get it. Customers, queued and failed transactions are reset before
 * each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AffeliosSandboxExtension.class)
public @interface AffeliosSandbox {
}
