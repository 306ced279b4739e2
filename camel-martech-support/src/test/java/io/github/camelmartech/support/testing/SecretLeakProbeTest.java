package io.github.camelmartech.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The probe finds a secret however it leaks, and says where without saying what. */
class SecretLeakProbeTest {

    private static final String KEY = "probe-key-0123456789";
    private static final Secrets SECRETS = Secrets.of("apiKey", KEY);

    @Test
    void aSecretLoggedAtDebugByAWireLoggerIsFound() {
        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            LoggerFactory.getLogger(SecretLeakProbe.HTTP_WIRE_LOGGER).debug("http-outgoing-0 >> \"X-Key: {}\"", KEY);

            assertThatThrownBy(probe::assertNoLeak).hasMessageContaining("apiKey in log line 0 of "
                                                                         + SecretLeakProbe.HTTP_WIRE_LOGGER)
                    .hasMessageNotContaining(KEY);
        }
    }

    @Test
    void base64AtAnyOffsetUrlEncodingAndExceptionCausesAreFound() {
        for (String prefix : new String[] { "", "u:", "us:", "use:" }) {
            String basic = Base64.getEncoder().encodeToString((prefix + KEY + ":").getBytes(StandardCharsets.UTF_8));
            assertThat(SECRETS.foundIn("Authorization: Basic " + basic)).as(prefix).containsExactly("apiKey (base64)");
        }
        assertThat(Secrets.of("clientSecret", "a b/c+d=e&f-1").foundIn("client_secret=a+b%2Fc%2Bd%3De%26f-1"))
                .containsExactly("clientSecret (url-encoded)");
        assertThat(SECRETS.foundIn("nothing here, not even " + KEY.substring(1))).isEmpty();

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            probe.observe("the thrown exception", new IllegalStateException("outer", new RuntimeException("key " + KEY)));
            assertThatThrownBy(probe::assertNoLeak).hasMessageContaining("apiKey in the thrown exception");
        }
    }

    @Test
    void logLevelsAreRestoredOnClose() {
        ch.qos.logback.classic.Logger wire = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(
                SecretLeakProbe.HTTP_WIRE_LOGGER);
        ch.qos.logback.classic.Level before = wire.getLevel();
        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            assertThat(wire.isDebugEnabled()).isTrue();
        }
        assertThat(wire.getLevel()).isEqualTo(before);
    }
}
