package io.github.camelmartech.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.support.operation.OperationDocs;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every vendor module checks of its operation table: the catalog lists exactly its operations (the
 * {@code operation} option's enum) and resources (the {@code resource} path's enum), and the component docs carry
 * its current operation tables. Run with {@code -Dmartech.updateDocs=true} to rewrite a stale docs section.
 */
public final class OperationTableAssertions {

    private OperationTableAssertions() {
    }

    /** The component JSON's {@code operation} and {@code resource} enums are the table's names. */
    public static void catalogListsTheTable(OperationTable table, String scheme) throws IOException {
        JsonNode json = componentJson(scheme);
        SortedSet<String> operations = new TreeSet<>();
        json.path("properties").path("operation").path("enum").forEach(n -> operations.add(n.asText()));
        assertThat(operations).as("the operation enum of " + scheme + ".json").isEqualTo(table.operationNames());
        SortedSet<String> resources = new TreeSet<>();
        json.path("properties").path("resource").path("enum").forEach(n -> resources.add(n.asText()));
        SortedSet<String> expected = new TreeSet<>();
        table.resources().stream().map(Resource::name).forEach(expected::add);
        assertThat(resources).as("the resource enum of " + scheme + ".json").containsAll(expected);
    }

    /** The docs section between OperationDocs' markers equals the table rendered now. */
    public static void docsListTheTable(OperationTable table, Path adoc) throws IOException {
        String text = Files.readString(adoc, StandardCharsets.UTF_8);
        String rendered = OperationDocs.render(table);
        // the markers may have been written by hand ("// operations: START" alone) where the section is to go
        int start = text.indexOf("// operations: START");
        int end = start < 0 ? -1 : text.indexOf(OperationDocs.END, start);
        String current = start < 0 || end < 0 ? null : text.substring(start, end + OperationDocs.END.length());
        if (!rendered.equals(current) && Boolean.getBoolean("martech.updateDocs")) {
            String updated = current == null ? text + "\n== Operations\n\n" + rendered + "\n"
                    : text.substring(0, start) + rendered + text.substring(end + OperationDocs.END.length());
            Files.writeString(adoc, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as(adoc + " lists the operations of the table (run the test with"
                               + " -Dmartech.updateDocs=true to rewrite it, then commit)").isEqualTo(rendered);
    }

    private static JsonNode componentJson(String scheme) throws IOException {
        String resource = "META-INF/io/github/camelmartech/" + scheme + "/" + scheme + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
