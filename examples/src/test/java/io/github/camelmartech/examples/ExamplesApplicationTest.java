package io.github.camelmartech.examples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** README's first command runs this application; the test suite runs it too. */
class ExamplesApplicationTest {

    @Test
    void everyExampleSucceeds() throws Exception {
        assertThat(ExamplesApplication.run()).isTrue();
    }
}
