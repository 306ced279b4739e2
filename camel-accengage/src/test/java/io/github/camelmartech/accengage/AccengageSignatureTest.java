package io.github.camelmartech.accengage;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The vectors of the vendor note (Python hashlib; the last two equal Accengage support's own examples). */
class AccengageSignatureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":1}|k3y|1700000000|29377c4ab14e92230bb4460741fd9ec02fed796d",
            "|k3y|1700000000|3e00251f3434041bb9baf1018751a734e2188370",
            "{\"email\":\"mymail@client.com\"}|a1b2c3d4e5f6g7h8|1507722391|f974f730586ce2bf49a276845060a8d38bb43770",
            "|a1b2c3d4e5f6g7h8|1507722391|ba04fc7206950ce63d78ddbc9e65c48fb96e54d7" })
    void reproducesThePublishedVectors(String body, String key, String time, String signature) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);

        assertThat(AccengageSignature.sign(bytes, key, time)).isEqualTo(signature);
    }
}
