package io.github.camelmartech.tooling.starter;

import java.util.List;

/**
 * {@code <Vendor>ComponentConfiguration}: the {@code @ConfigurationProperties("camel.component.<scheme>")} bean with
 * one field per component option, its description as javadoc (which {@code spring-boot-configuration-processor}
 * turns into the IDE's documentation). Shaped like the classes of Camel's own starters.
 */
final class ConfigurationClassSource {

    private ConfigurationClassSource() {
    }

    static String write(StarterNames names, ComponentModel component, List<StarterProperty> properties) {
        StringBuilder java = new StringBuilder(StarterNames.HEADER)
                .append("package ").append(names.packageName()).append(";\n\n")
                .append("import java.time.Duration;\n\n")
                .append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n")
                .append("\n")
                .append(JavaText.javadoc(component.description() + "\n\n" + StarterNames.GENERATED, ""))
                .append("@ConfigurationProperties(prefix = \"").append(names.prefix()).append("\")\n")
                .append("public class ").append(names.configuration()).append(" extends ComponentConfigurationPropertiesCommon {\n\n")
                // no accessors, as in Camel's starters: the field only documents the property that
                // ConditionalOnHierarchicalProperties reads
                .append(JavaText.javadoc("Whether to enable auto configuration of the " + component.scheme()
                                         + " component. This is enabled by default.", "    "))
                .append("    private Boolean enabled;\n");
        for (StarterProperty property : properties) {
            java.append(JavaText.javadoc(property.description(), "    "));
            if (property.deprecated()) {
                java.append("    @Deprecated\n");
            }
            java.append("    private ").append(property.javaType()).append(' ').append(property.name());
            if (property.initializer() != null) {
                java.append(" = ").append(property.initializer());
            }
            java.append(";\n");
        }
        for (StarterProperty property : properties) {
            accessors(java, property);
        }
        return java.append("}\n").toString();
    }

    private static void accessors(StringBuilder java, StarterProperty property) {
        String deprecated = property.deprecated() ? "    @Deprecated\n" : "";
        java.append('\n').append(deprecated);
        if (property.deprecated()) {
            java.append("    @org.springframework.boot.context.properties.DeprecatedConfigurationProperty\n");
        }
        java.append("    public ").append(property.javaType()).append(" get").append(property.capitalized()).append("() {\n")
                .append("        return ").append(property.name()).append(";\n    }\n\n").append(deprecated)
                .append("    public void set").append(property.capitalized()).append('(').append(property.javaType())
                .append(' ').append(property.name()).append(") {\n")
                .append("        this.").append(property.name()).append(" = ").append(property.name()).append(";\n    }\n");
    }
}
