package io.github.camelmartech.tooling.starter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <Vendor>ComponentConverter}: binds the object options (repositories, SSL parameters, configurers) from
 * {@code #beanName} references to Spring beans, as the converters of Camel's own starters do.
 */
final class ConverterSource {

    private ConverterSource() {
    }

    static String write(StarterNames names, List<StarterProperty> properties) {
        List<String> types = properties.stream().filter(StarterProperty::beanReference).map(StarterProperty::rawType)
                .distinct().toList();
        String pairs = types.stream().map(type -> "        answer.add(new ConvertiblePair(String.class, " + type + ".class));")
                .collect(Collectors.joining("\n"));
        String cases = types.stream().map(type -> "            case \"" + type + "\": return applicationContext.getBean(ref, "
                                                  + type + ".class);")
                .collect(Collectors.joining("\n"));
        String template = """
                package %1$s;

                import java.util.LinkedHashSet;
                import java.util.Set;

                import org.springframework.beans.factory.annotation.Autowired;
                import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
                import org.springframework.context.ApplicationContext;
                import org.springframework.context.annotation.Configuration;
                import org.springframework.core.convert.TypeDescriptor;
                import org.springframework.core.convert.converter.GenericConverter;
                import org.springframework.stereotype.Component;

                %2$s@Configuration(proxyBeanMethods = false)
                @ConfigurationPropertiesBinding
                @Component
                public class %3$s implements GenericConverter {

                    @Autowired
                    private ApplicationContext applicationContext;

                    @Override
                    public Set<ConvertiblePair> getConvertibleTypes() {
                        Set<ConvertiblePair> answer = new LinkedHashSet<>();
                %4$s
                        return answer;
                    }

                    @Override
                    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                        if (source == null) {
                            return null;
                        }
                        String ref = source.toString();
                        if (!ref.startsWith("#")) {
                            return null;
                        }
                        ref = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
                        switch (targetType.getName()) {
                %5$s
                            default: return null;
                        }
                    }
                }
                """;
        return StarterNames.HEADER + String.format(template, names.packageName(),
                JavaText.javadoc("Binds the " + names.prefix() + " object options from #bean references.\n\n"
                                 + StarterNames.GENERATED, ""),
                names.converter(), pairs, cases);
    }
}
