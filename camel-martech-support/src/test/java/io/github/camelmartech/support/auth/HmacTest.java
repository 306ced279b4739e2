package io.github.camelmartech.support.auth;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HmacTest {

    /** RFC 4231, test case 2. */
    private static final String RFC_4231_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void signsThePartsAsOneMessage() {
        Hmac hmac = Hmac.sha256("Jefe");

        assertThat(hex(hmac.sign(bytes("what do ya want for nothing?")))).isEqualTo(RFC_4231_2);
        assertThat(hex(hmac.sign(bytes("what do ya"), new byte[0], bytes(" want for nothing?")))).isEqualTo(RFC_4231_2);
        assertThat(hex(hmac.sign(bytes("what do ya want for nothing?")))).as("the key is reused, not consumed")
                .isEqualTo(RFC_4231_2);
    }

    @Test
    void oneKeySignsOnManyThreadsAtOnce() throws Exception {
        Hmac hmac = Hmac.sha256("Jefe");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> signatures = IntStream.range(0, 200)
                    .<Callable<String>>mapToObj(i -> () -> hex(hmac.sign(bytes("what do ya want for nothing?"))))
                    .toList();
            for (Future<String> signature : pool.invokeAll(signatures)) {
                assertThat(signature.get()).isEqualTo(RFC_4231_2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
