package io.github.camelmartech.tests.springboot.styles;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with one route ({@link WelcomeRoute}, found by component scan of this package) on the
 * Apifon starter: what the sandbox README's Spring Boot test style tests.
 */
@SpringBootApplication
public class WelcomeApplication {
}
