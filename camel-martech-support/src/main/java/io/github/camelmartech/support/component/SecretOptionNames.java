package io.github.camelmartech.support.component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.SensitiveUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Camel mask every option a component's catalog marks {@code secret}, wherever Camel masks by option name: the
 * Camel Main configuration summary ({@code camel.component.<name>.<option>}), endpoint URIs
 * ({@code URISupport.sanitizeUri}), the log masking formatter and the dev consoles.
 *
 * <p>Camel decides by name: its own list of sensitive keys ({@code apiKey}, {@code clientSecret}, ...) plus the
 * context's "additional sensitive keywords". Names such as {@code apiToken} or {@code webhookSecret} are not in
 * Camel's list, so each component adds its secret option names, read from its generated catalog JSON (the one
 * source of the {@code secret} flag), to that setting when it is initialised; keywords the user set are kept.
 */
final class SecretOptionNames {

    private static final Logger LOG = LoggerFactory.getLogger(SecretOptionNames.class);
    /** Every name registered in this JVM: Camel's URI sanitizer keeps one keyword list for all contexts. */
    private static final Set<String> REGISTERED = new ConcurrentSkipListSet<>();

    private SecretOptionNames() {
    }

    /** Adds the component's secret option names to the context's additional sensitive keywords. */
    static void register(CamelContext context, Class<?> componentClass) {
        Set<String> names = fromCatalog(componentClass);
        names.removeIf(SensitiveUtils::containsSensitive); // Camel masks these already
        REGISTERED.addAll(names);
        ExtendedCamelContext extension = context.getCamelContextExtension();
        Set<String> keywords = new TreeSet<>(REGISTERED);
        String current = extension.getAdditionalSensitiveKeywords();
        if (current != null && !current.isBlank()) {
            Arrays.stream(current.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(keywords::add);
        }
        String merged = String.join(",", keywords);
        if (!merged.isEmpty() && !merged.equals(current)) {
            extension.setAdditionalSensitiveKeywords(merged);
        }
    }

    /** The options (component and endpoint) the component's catalog marks secret, lower case. */
    static Set<String> fromCatalog(Class<?> componentClass) {
        Set<String> names = new TreeSet<>();
        Component component = componentClass.getAnnotation(Component.class);
        if (component == null) {
            return names;
        }
        String scheme = component.value().split(",")[0];
        String path = "META-INF/" + componentClass.getPackageName().replace('.', '/') + "/" + scheme + ".json";
        try (InputStream in = componentClass.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                LOG.warn("No catalog {} for component {}: its secret options are masked only by Camel's own list",
                        path, scheme);
                return names;
            }
            JsonNode catalog = MarTechJson.mapper().readTree(in);
            for (String section : new String[] { "componentProperties", "properties" }) {
                catalog.path(section).fields().forEachRemaining(option -> {
                    if (option.getValue().path("secret").asBoolean()) {
                        names.add(option.getKey().toLowerCase(Locale.ROOT));
                    }
                });
            }
        } catch (IOException e) {
            LOG.warn("Unreadable catalog {} for component {}: {}", path, scheme, e.getMessage());
        }
        return names;
    }
}
