package io.github.camelmartech.support.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * A {@code multipart/form-data} body (RFC 7578) from a Map of form fields: a {@code byte[]} or a file {@link Path}
 * is a file part ({@code application/octet-stream}, named by the file or the field), anything else a UTF-8 text part.
 */
public final class MultipartForm {

    private final String boundary;

    public MultipartForm(String boundary) {
        this.boundary = boundary;
    }

    /** The request's content type, with the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The form's bytes; the body must be a Map of form fields. */
    public byte[] write(Object body) {
        if (!(body instanceof Map<?, ?> fields)) {
            throw new MarTechInvalidInputException("body", "must be a Map of form fields (a byte[] or a file Path for"
                                                           + " a file)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            byte[] content;
            String disposition = "form-data; name=\"" + name + "\"";
            try {
                if (value instanceof Path file) {
                    content = Files.readAllBytes(file);
                    disposition += "; filename=\"" + file.getFileName() + "\"";
                } else if (value instanceof byte[] bytes) {
                    content = bytes;
                    disposition += "; filename=\"" + name + "\"";
                } else {
                    content = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String type = value instanceof Path || value instanceof byte[] ? "application/octet-stream"
                    : "text/plain; charset=UTF-8";
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + type
                            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
