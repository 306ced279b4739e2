package io.github.camelmartech.support.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.Body;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Map of form fields as multipart/form-data: text parts, byte[] and file parts, and what is not a form. */
class MultipartFormTest {

    @Test
    void textBytesAndFilePartsInTheMapsOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("logo.png"), "PNG");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "Logo é");
        fields.put("raw", new byte[] { 1, 2 });
        fields.put("file", file);

        byte[] form = new MultipartForm("b0").write(fields);

        assertThat(new String(form, StandardCharsets.ISO_8859_1)).isEqualTo(
                "--b0\r\nContent-Disposition: form-data; name=\"name\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + new String("Logo é".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + "\r\n"
                + "--b0\r\nContent-Disposition: form-data; name=\"raw\"; filename=\"raw\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\u0001\u0002\r\n"
                + "--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nPNG\r\n"
                + "--b0--\r\n");
    }

    @Test
    void aBodyThatIsNotAMapIsRefusedAndTheBodyNamesTheBoundary() {
        Body<Object> body = Body.multipart("b1");

        assertThat(body.contentType()).isEqualTo("multipart/form-data; boundary=b1");
        assertThat(new String(body.bytes(Map.of()), StandardCharsets.UTF_8)).isEqualTo("--b1--\r\n");
        assertThatThrownBy(() -> body.bytes("text")).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("body: must be a Map of form fields (a byte[] or a file Path for a file)");
    }
}
