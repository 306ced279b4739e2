package io.github.camelmartech.support.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operation tables of a component's docs, rendered from its {@link OperationTable}, so the docs list exactly the
 * operations the runner has. The component's {@code .adoc} holds the text between {@link #START} and {@link #END};
 * its module's tests fail when that text is stale (see the support test-jar's {@code OperationTableAssertions}).
 */
public final class OperationDocs {

    public static final String START = "// operations: START (generated from the operation table by OperationDocs; do not edit)";
    public static final String END = "// operations: END";

    private OperationDocs() {
    }

    /** The AsciiDoc section: one table per resource, its default operation named. */
    public static String render(OperationTable table) {
        StringBuilder sb = new StringBuilder(START).append("\n");
        for (Resource resource : table.resources()) {
            sb.append("\n=== Resource `").append(resource.name()).append("`\n\n");
            if (resource.description() != null) {
                sb.append(resource.description()).append(' ');
            }
            sb.append(resource.defaultOperation() != null
                    ? "Default operation: `" + resource.defaultOperation() + "`."
                    : "No default operation: name one.");
            if (resource.poll() != null) {
                sb.append(" A consumer (`from(\"").append(table.vendor().toLowerCase(java.util.Locale.ROOT))
                        .append(':').append(resource.name()).append("\")`) polls `").append(resource.poll().operation())
                        .append('`');
                resource.poll().alternatives().forEach((option, op) -> sb.append(", or `").append(op)
                        .append("` when option `").append(option).append("` is set"));
                sb.append('.');
            }
            sb.append("\n\n[cols=\"2,1,4,5\"]\n|===\n| Operation | Method | Path | What it does\n");
            for (ApiOperation<?> op : resource.operations()) {
                sb.append("\n| `").append(op.name()).append('`')
                        .append(" | ").append(op.method() == null ? "-" : op.method())
                        .append(" | ").append(op.path() == null ? "-" : "`" + op.path() + "`")
                        .append(" | ").append(describe(op)).append('\n');
            }
            sb.append("|===\n");
        }
        return sb.append('\n').append(END).toString();
    }

    private static String describe(ApiOperation<?> op) {
        List<String> parts = new ArrayList<>();
        if (op.description() != null) {
            parts.add(op.description());
        }
        for (String p : op.pathParameters()) {
            parts.add("`{" + p + "}` from " + op.pathValues.get(p).places() + ".");
        }
        for (Map.Entry<String, Value> q : op.queryParameters().entrySet()) {
            String places = q.getValue().places();
            if (!places.isEmpty()) {
                parts.add("Query `" + q.getKey() + "` from " + places + ".");
            }
        }
        if (!op.body().isNone()) {
            parts.add("Body: `" + op.body().type().getRawClass().getSimpleName() + "`, a Map or JSON.");
        }
        if (op.method() != null && !op.isIdempotent()) {
            parts.add("Not repeated after it may have reached the vendor.");
        }
        return String.join(" ", parts).replace("|", "\\|");
    }
}
