package io.github.camelmartech.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the endpoint URIs of the MarTech components in what the project publishes: Java string literals (with the
 * expressions concatenated into them kept as {@code {{expression}}} placeholders), Markdown and AsciiDoc
 * backtick spans, and YAML routes ({@code uri} with its {@code parameters}, or a plain {@code to}/{@code from}).
 * A URI may be wrapped by {@code master:<namespace>:} or {@code webhook:}; an elided value ({@code listId=...}) is a
 * placeholder too, and elided options at the end ({@code ?partnerId=1&...}) are dropped.
 */
final class PublishedUris {

    /** A URI and the file it was found in. */
    record Found(Path file, String uri) {
    }

    private static final String SCHEMES = String.join("|", MarTechCatalog.SCHEMES);
    /** A URI of ours, possibly wrapped, at the start of a text. */
    static final Pattern START = Pattern.compile("^(?:master:[\\w.-]+:|webhook:)?(?:" + SCHEMES + "):[\\w-]+.*", Pattern.DOTALL);
    private static final Pattern BACKTICKS = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern ELIDED = Pattern.compile("=\\.\\.\\.(?=&|$)");
    private static final Pattern ELIDED_OPTIONS = Pattern.compile("[?&]\\.\\.\\.$");

    private PublishedUris() {
    }

    static List<Found> in(Path file) {
        String name = file.getFileName().toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> uris = new ArrayList<>();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                fromYaml(KameletFile.YAML.readTree(text), uris);
            } else {
                uris.addAll(javaLiterals(text));
                if (name.endsWith(".md") || name.endsWith(".adoc")) {
                    Matcher span = BACKTICKS.matcher(text);
                    while (span.find()) {
                        if (START.matcher(span.group(1)).matches()) {
                            uris.add(span.group(1));
                        }
                    }
                }
            }
            return uris.stream().map(u -> ELIDED_OPTIONS.matcher(u).replaceAll(""))
                    .map(u -> new Found(file, ELIDED.matcher(u).replaceAll("={{elided}}"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URI a checker should validate: a {@code master:} wrapper removed (a {@code webhook:} one is kept). */
    static String unwrapped(String uri) {
        return uri.startsWith("master:") ? uri.substring(uri.indexOf(':', "master:".length()) + 1) : uri;
    }

    private static void fromYaml(JsonNode tree, List<String> uris) {
        for (TemplateEndpoints.Use use : TemplateEndpoints.of(tree)) {
            StringBuilder uri = new StringBuilder(use.uri());
            for (Map.Entry<String, String> p : use.parameters().entrySet()) {
                String value = p.getValue();
                uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(p.getKey()).append('=')
                        .append(value.startsWith("RAW(") || value.contains("{{") ? value
                                : URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            if (START.matcher(uri).matches()) {
                uris.add(uri.toString());
            }
        }
    }

    /** String literals that start a URI of ours, with what is concatenated to them ({@code "a" + x + "b"}). */
    static List<String> javaLiterals(String source) {
        List<String> uris = new ArrayList<>();
        int i = 0;
        while ((i = source.indexOf('"', i)) >= 0) {
            if (source.startsWith("\"\"\"", i)) { // a text block: skip it whole
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                continue;
            }
            int end = literalEnd(source, i);
            String literal = unescape(source.substring(i + 1, end));
            i = end + 1;
            if (!START.matcher(literal).matches()) {
                continue;
            }
            StringBuilder uri = new StringBuilder(literal);
            i = concatenated(source, i, uri);
            uris.add(uri.toString());
        }
        return uris;
    }

    /** Appends {@code + "literal"} and {@code + expression} parts after a literal; returns where they end. */
    private static int concatenated(String source, int from, StringBuilder uri) {
        int i = skipSpace(source, from);
        while (i < source.length() && source.charAt(i) == '+') {
            i = skipSpace(source, i + 1);
            if (i < source.length() && source.charAt(i) == '"' && !source.startsWith("\"\"\"", i)) {
                int end = literalEnd(source, i);
                uri.append(unescape(source.substring(i + 1, end)));
                i = skipSpace(source, end + 1);
            } else {
                int end = expressionEnd(source, i);
                uri.append("{{").append(source.substring(i, end).trim().replaceAll("\\s+", "")).append("}}");
                i = skipSpace(source, end);
            }
        }
        return i;
    }

    private static int literalEnd(String source, int open) {
        int i = open + 1;
        while (i < source.length() && source.charAt(i) != '"' && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length() - 1);
    }

    /** The end of a Java expression operand: the next {@code +}, {@code ,}, {@code ;} or closing bracket at depth 0. */
    private static int expressionEnd(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = literalEnd(source, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && (c == '+' || c == ',' || c == ';')) {
                return i;
            }
        }
        return source.length();
    }

    private static int skipSpace(String source, int from) {
        int i = from;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
