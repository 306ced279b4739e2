package io.github.camelmartech.tooling.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a component's operation table from its vendor's OpenAPI document, before the component compiles:
 * {@code OpenApiOperationsGenerator <openapi.json> <output source dir> <package> <Prefix> <header prefix>
 * [path parameter whose header <Prefix>Constants declares]...}. Files are rewritten only when their text changes, so
 * an unchanged document leaves the committed sources untouched.
 */
public final class OpenApiOperationsGenerator {

    private OpenApiOperationsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: OpenApiOperationsGenerator <openapi.json> <output source dir>"
                                               + " <package> <Prefix> <header prefix> [declared path parameter]...");
        }
        OpenApiDocument document = new OpenApiDocument(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
        Path directory = Path.of(args[1]).resolve(args[2].replace('.', '/'));
        OperationTableWriter writer = new OperationTableWriter(document, args[2], args[3], args[4],
                Set.copyOf(List.of(args).subList(5, args.length)));
        Files.createDirectories(directory);
        int changed = write(directory.resolve(writer.operationsClass() + ".java"), writer.operations())
                      + write(directory.resolve(writer.headersClass() + ".java"), writer.headers());
        System.out.println("OpenAPI operations: " + document.operations().size() + " operations of " + args[0] + ", "
                           + changed + " files changed in " + directory);
    }

    private static int write(Path file, String text) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return 0;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return 1;
    }
}
