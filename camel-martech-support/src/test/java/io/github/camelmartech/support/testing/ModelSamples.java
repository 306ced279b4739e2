package io.github.camelmartech.support.testing;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.support.json.ExtensibleModel;

/**
 * The model classes of a package, found by reflection, and a sample of each with every property set: what a test
 * needs to check every model a component emits or accepts, not a hand-picked few.
 */
public final class ModelSamples {

    private static final int MAX_DEPTH = 3;

    private ModelSamples() {
    }

    /** The top-level and nested classes of {@code packageName} (not its sub-packages), by name. */
    public static List<Class<?>> classesOf(String packageName) {
        String path = packageName.replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = Thread.currentThread().getContextClassLoader().getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (!"file".equals(root.getProtocol())) {
                    continue; // the module's own classes are a directory when its tests run
                }
                File[] files = new File(root.toURI()).listFiles((dir, name) -> name.endsWith(".class"));
                for (File file : files == null ? new File[0] : files) {
                    String name = file.getName().substring(0, file.getName().length() - ".class".length());
                    classes.add(Class.forName(packageName + "." + name));
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the classes of " + packageName, e);
        }
        classes.removeIf(c -> c.isAnonymousClass() || c.isSynthetic() || c.getSimpleName().isEmpty());
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    /**
     * The classes of the package that models are: public concrete classes and records that can be instantiated (not
     * interfaces, enums, nor holders of static helpers with only private constructors).
     */
    public static List<Class<?>> modelsOf(String packageName) {
        return classesOf(packageName).stream()
                .filter(c -> !c.isInterface() && !c.isEnum() && !Modifier.isAbstract(c.getModifiers()))
                .filter(c -> Modifier.isPublic(c.getModifiers()))
                .filter(c -> Arrays.stream(c.getDeclaredConstructors()).anyMatch(k -> !Modifier.isPrivate(k.getModifiers())))
                .toList();
    }

    /** An instance of {@code type} with every property (record component, setter) set to a non-default value. */
    public static Object sample(Class<?> type) {
        return sample(type, 0);
    }

    private static Object sample(Class<?> type, int depth) {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    values[i] = value(components[i].getGenericType(), components[i].getName(), depth);
                }
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            }
            Constructor<?> creator = Arrays.stream(type.getDeclaredConstructors())
                    .filter(k -> k.isAnnotationPresent(JsonCreator.class)).findFirst().orElse(null);
            if (creator != null) {
                Object[] values = new Object[creator.getParameterCount()];
                for (int i = 0; i < values.length; i++) {
                    JsonProperty name = creator.getParameters()[i].getAnnotation(JsonProperty.class);
                    values[i] = value(creator.getGenericParameterTypes()[i],
                            name != null ? name.value() : creator.getParameters()[i].getName(), depth);
                }
                creator.setAccessible(true);
                return creator.newInstance(values);
            }
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object bean = constructor.newInstance();
            for (Method setter : type.getMethods()) {
                if (setter.getName().startsWith("set") && setter.getParameterCount() == 1
                    && !Modifier.isStatic(setter.getModifiers()) && setter.getDeclaringClass() != Object.class) {
                    String property = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
                    setter.invoke(bean, value(setter.getGenericParameterTypes()[0], property, depth));
                }
            }
            if (bean instanceof ExtensibleModel extensible) {
                extensible.setOther("undocumentedField", "kept both ways");
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + type.getName() + ": " + e, e);
        }
    }

    private static Object value(Type type, String name, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(value(arguments[0], name + "Key", depth), value(arguments[1], name, depth));
                return map;
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Collection<Object> values = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
                values.add(value(arguments[0], name, depth));
                return values;
            }
            return value(raw, name, depth);
        }
        if (type instanceof TypeVariable<?> || type instanceof WildcardType) {
            return "sample-" + name; // an unbound item type reads back as what it was written as
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class || raw == Object.class) {
            return "sample-" + name;
        }
        if (raw == Integer.class || raw == int.class) {
            return 7;
        }
        if (raw == Long.class || raw == long.class) {
            return 42L;
        }
        if (raw == Double.class || raw == double.class) {
            return 12.5;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("12.50");
        }
        if (raw == Instant.class) {
            return Instant.parse("2024-01-15T10:30:00Z");
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse("2024-01-15T11:30:00+01:00");
        }
        if (raw == ZonedDateTime.class) {
            return ZonedDateTime.parse("2024-01-15T11:30:00+01:00");
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.parse("2024-01-15T10:30:00");
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse("2024-01-15");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("sample", name);
            return node;
        }
        if (raw.isArray()) {
            Object array = java.lang.reflect.Array.newInstance(raw.getComponentType(), 1);
            java.lang.reflect.Array.set(array, 0, value(raw.getComponentType(), name, depth));
            return array;
        }
        if (depth >= MAX_DEPTH || Modifier.isAbstract(raw.getModifiers()) || raw.isInterface()) {
            return null;
        }
        return sample(raw, depth + 1);
    }
}
