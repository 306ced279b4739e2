package io.github.camelmartech.tooling.nativeimage;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The classes of a module that Jackson reads and writes by reflection: the models (classes in a {@code model}
 * package, and any class that carries a Jackson annotation on itself or a member, or extends one that does), and,
 * recursively, the module's classes that their fields, getters, setters, record components and constructors
 * take or return (a nested enum, a list element type).
 */
final class JacksonBoundClasses {

    private JacksonBoundClasses() {
    }

    static List<String> of(CompiledClasses classes, ClassLoader loader) throws ClassNotFoundException {
        Set<String> bound = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (String name : classes.classNames()) {
            Class<?> type = Class.forName(name, false, loader);
            if (isModel(type)) {
                pending.add(type);
            }
        }
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (bound.add(type.getName())) {
                propertyTypes(type).filter(classes::contains).filter(t -> !bound.contains(t.getName())).forEach(pending::add);
            }
        }
        return List.copyOf(bound);
    }

    private static boolean isModel(Class<?> type) {
        if (type.isAnnotation() || type.isSynthetic() || type.isAnonymousClass()) {
            return false;
        }
        String name = type.getName();
        String packageName = name.substring(0, name.lastIndexOf('.'));
        if (packageName.endsWith(".model") || packageName.contains(".model.")) {
            return true;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (hasJacksonAnnotation(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJacksonAnnotation(Class<?> type) {
        Stream<AnnotatedElement> elements = Stream.of(Stream.<AnnotatedElement>of(type), Arrays.stream(type.getDeclaredFields()),
                Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors())).flatMap(s -> s);
        return elements.anyMatch(element -> isJackson(element.getDeclaredAnnotations())
                                            || element instanceof Executable executable
                                               && Arrays.stream(executable.getParameterAnnotations()).anyMatch(JacksonBoundClasses::isJackson));
    }

    private static boolean isJackson(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson."));
    }

    /** Every class named in the types of the class's properties and creators, its supertypes and nested classes. */
    private static Stream<Class<?>> propertyTypes(Class<?> type) {
        Stream.Builder<Type> types = Stream.builder();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                types.add(field.getGenericType());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                types.add(method.getGenericReturnType());
                Arrays.stream(method.getGenericParameterTypes()).forEach(types::add);
            }
        }
        for (Executable constructor : type.getDeclaredConstructors()) {
            Arrays.stream(constructor.getGenericParameterTypes()).forEach(types::add);
        }
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getGenericType).forEach(types::add);
        }
        if (type.getGenericSuperclass() != null) {
            types.add(type.getGenericSuperclass());
        }
        Arrays.stream(type.getDeclaredClasses()).forEach(types::add);
        return types.build().flatMap(JacksonBoundClasses::classesIn);
    }

    private static Stream<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? classesIn(c.getComponentType()) : Stream.of(c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(classesIn(p.getRawType()), Arrays.stream(p.getActualTypeArguments()).flatMap(JacksonBoundClasses::classesIn));
        }
        if (type instanceof GenericArrayType a) {
            return classesIn(a.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds())).flatMap(JacksonBoundClasses::classesIn);
        }
        if (type instanceof TypeVariable<?> v) {
            return Arrays.stream(v.getBounds()).filter(bound -> bound != Object.class).flatMap(JacksonBoundClasses::classesIn);
        }
        return Stream.empty();
    }
}
