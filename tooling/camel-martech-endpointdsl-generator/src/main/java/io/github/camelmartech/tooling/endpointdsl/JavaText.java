package io.github.camelmartech.tooling.endpointdsl;

import java.util.ArrayList;
import java.util.List;

/** Java source text: lines at an indent, and javadoc paragraphs wrapped and escaped for HTML. */
final class JavaText {

    private static final int WIDTH = 110;

    private final StringBuilder text = new StringBuilder();

    JavaText line(int indent, String line) {
        if (!line.isEmpty()) {
            text.append("    ".repeat(indent)).append(line);
        }
        text.append('\n');
        return this;
    }

    JavaText blank() {
        text.append('\n');
        return this;
    }

    /** A javadoc comment of paragraphs (each wrapped; an empty string is a blank javadoc line). */
    JavaText javadoc(int indent, List<String> paragraphs) {
        String pad = "    ".repeat(indent);
        text.append(pad).append("/**\n");
        for (String paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                text.append(pad).append(" *\n");
                continue;
            }
            for (String wrapped : wrap(paragraph, WIDTH - pad.length() - 3)) {
                text.append(pad).append(" * ").append(wrapped).append('\n');
            }
        }
        text.append(pad).append(" */\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Text from the catalog made safe inside javadoc: HTML characters, an at sign and a comment end escaped. */
    static String escape(String description) {
        return description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
