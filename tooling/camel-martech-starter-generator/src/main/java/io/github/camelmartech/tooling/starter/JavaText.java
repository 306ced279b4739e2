package io.github.camelmartech.tooling.starter;

import java.util.ArrayList;
import java.util.List;

/** Text that goes into generated Java sources: string literals and javadoc that javac and javadoc both accept. */
final class JavaText {

    private static final int WIDTH = 110;

    private JavaText() {
    }

    static String stringLiteral(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    /**
     * A javadoc comment of {@code text} at {@code indent}, wrapped. A comment end in the text is broken up, a
     * backslash before {@code u} doubled (javac reads unicode escapes even in comments), and no line starts with
     * {@code @} (javadoc would read a block tag).
     */
    static String javadoc(String text, String indent) {
        String safe = text.replace("*/", "*&#47;").replace("\\u", "\\\\u");
        StringBuilder comment = new StringBuilder(indent).append("/**\n");
        for (String paragraph : safe.split("\n\n", -1)) {
            if (comment.length() > indent.length() + 4) {
                comment.append(indent).append(" *\n");
            }
            for (String line : wrap(paragraph.replace('\n', ' ').strip(), WIDTH - indent.length() - 3)) {
                comment.append(indent).append(" * ").append(line).append('\n');
            }
        }
        return comment.append(indent).append(" */\n").toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            boolean fits = line.length() + 1 + word.length() <= width;
            if (line.length() > 0 && (fits || word.startsWith("@"))) {
                line.append(' ').append(word);
            } else {
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(word);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
