package io.github.camelmartech.sandbox.getresponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link GetResponseSimulator} for the test class on a free port; declare a {@code GetResponseSimulator}
 * parameter on a test or lifecycle method to get it. Campaigns, contacts (queued ones too), tags, custom fields,
 * the callback and issued tokens are reset before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GetResponseSandboxExtension.class)
public @interface GetResponseSandbox {
}
