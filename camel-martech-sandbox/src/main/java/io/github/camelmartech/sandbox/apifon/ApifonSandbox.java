package io.github.camelmartech.sandbox.apifon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs an {@link ApifonSimulator} for the test class on a free port; declare an {@code ApifonSimulator} parameter
 * on a test or lifecycle method to get it. State is reset before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ApifonSandboxExtension.class)
public @interface ApifonSandbox {
}
