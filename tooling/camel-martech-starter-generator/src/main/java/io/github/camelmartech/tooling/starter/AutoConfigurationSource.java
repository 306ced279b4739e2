package io.github.camelmartech.tooling.starter;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code <Vendor>ComponentAutoConfiguration}: after {@code CamelAutoConfiguration}, a {@code ComponentCustomizer}
 * that copies the bound properties onto the component, with the conditions of Camel's own starters
 * ({@code camel.component.enabled}, {@code camel.component.<scheme>.enabled}, {@code ...customizer.enabled}). It
 * also masks the secret options in actuator's {@code /env} and {@code /configprops}: Spring Boot 3 masks every
 * value there unless {@code show-values} is set, and then masks nothing by name.
 */
final class AutoConfigurationSource {

    private AutoConfigurationSource() {
    }

    static String write(StarterNames names, ComponentModel component) {
        String secrets = component.options().stream().filter(ComponentModel.Option::secret)
                .map(option -> "\n            " + JavaText.stringLiteral(normalized(names.prefix() + "." + option.name())))
                .collect(Collectors.joining(","));
        String componentSimpleName = component.componentClassName();
        String template = """
                package %1$s;

                import java.util.Locale;
                import java.util.Set;

                import %2$s;
                import org.apache.camel.Component;
                import org.apache.camel.spi.ComponentCustomizer;
                import org.apache.camel.spring.boot.CamelAutoConfiguration;
                import org.apache.camel.spring.boot.ComponentConfigurationProperties;
                import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
                import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
                import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
                import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
                import org.springframework.boot.actuate.endpoint.SanitizingFunction;
                import org.springframework.boot.autoconfigure.AutoConfiguration;
                import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
                import org.springframework.boot.context.properties.EnableConfigurationProperties;
                import org.springframework.context.ApplicationContext;
                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Conditional;
                import org.springframework.context.annotation.Configuration;
                import org.springframework.context.annotation.Lazy;

                %3$s@AutoConfiguration(after = {CamelAutoConfiguration.class, %4$s.class})
                @Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
                @EnableConfigurationProperties({ComponentConfigurationProperties.class, %5$s.class})
                @ConditionalOnHierarchicalProperties({"camel.component", "%6$s"})
                public class %7$s {

                    /** The secret options' property names, lower case without dashes (see {@link #normalized}). */
                    static final Set<String> SECRET_PROPERTIES = Set.of(%8$s);

                    private final ApplicationContext applicationContext;
                    private final %5$s configuration;

                    public %7$s(ApplicationContext applicationContext, %5$s configuration) {
                        this.applicationContext = applicationContext;
                        this.configuration = configuration;
                    }

                    @Lazy
                    @Bean
                    public ComponentCustomizer configure%9$s() {
                        return new ComponentCustomizer() {
                            @Override
                            public void configure(String name, Component target) {
                                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
                            }

                            @Override
                            public boolean isEnabled(String name, Component target) {
                                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                                        "camel.component.customizer", "%6$s.customizer")
                                       && target instanceof %9$s;
                            }
                        };
                    }

                    /**
                     * A property name as written in a properties file, YAML, an environment variable or actuator's
                     * configprops ({@code api-token}, {@code apiToken}, {@code APITOKEN}), in one form.
                     */
                    static String normalized(String key) {
                        return key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
                    }

                    /** Masks the secret options even where actuator shows values ({@code show-values=always}). */
                    @Configuration(proxyBeanMethods = false)
                    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
                    static class SecretsSanitizing {

                        @Bean
                        public SanitizingFunction %10$sSecretsSanitizingFunction() {
                            return data -> SECRET_PROPERTIES.contains(normalized(data.getKey())) ? data.withSanitizedValue() : data;
                        }
                    }
                }
                """;
        return StarterNames.HEADER + String.format(template, names.packageName(), names.componentClass(),
                JavaText.javadoc("Configures the " + component.scheme() + " component from the " + names.prefix()
                                 + ".* properties.\n\n" + StarterNames.GENERATED, ""),
                names.converter(), names.configuration(), names.prefix(), names.autoConfiguration(), secrets,
                componentSimpleName, identifier(component.scheme()));
    }

    private static String identifier(String scheme) {
        return scheme.replaceAll("[^A-Za-z0-9]", "");
    }

    /** The same as the generated {@code normalized}: what the sanitizing function compares. */
    static String normalized(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
    }
}
