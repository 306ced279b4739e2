package io.github.camelmartech.sandbox.accengage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs an {@link AccengageSimulator} for the test class on a free port; declare an {@code AccengageSimulator}
 * parameter on a test or lifecycle method to get it. State and issued tokens are reset before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AccengageSandboxExtension.class)
public @interface AccengageSandbox {
}
