package io.github.camelmartech.support.auth;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestsTest {

    @Test
    void lowerCaseHexOfThePartsInOrder() {
        assertThat(Digests.hex("MD5", bytes("abc"))).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(Digests.hex("SHA-1", bytes("abc"))).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(Digests.hex("SHA-1", bytes("a"), new byte[0], bytes("bc")))
                .isEqualTo(Digests.hex("SHA-1", bytes("abc")));
    }

    @Test
    void anUnknownAlgorithmIsAnIllegalState() {
        assertThatThrownBy(() -> Digests.hex("NO-SUCH-DIGEST", bytes("abc")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NO-SUCH-DIGEST");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
