package io.github.camelmartech.sandbox.styles.app;

import org.apache.camel.main.Main;

/** A Camel Main application whose routes (this package) the {@code @CamelMainTest} example tests. */
public final class WelcomeApplication {

    private WelcomeApplication() {
    }

    public static void main(String[] args) throws Exception {
        new Main(WelcomeApplication.class).run(args);
    }
}
