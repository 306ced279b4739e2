package io.github.camelmartech.support.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces known secret values (API keys, secrets, tokens) in text that may reach a log or an exception: vendors
 * do echo a wrong key back in their error message.
 */
public final class SecretMasker {

    public static final String MASK = "xxxxxx";
    /** Shorter values are not masked: replacing "a" everywhere would garble messages and protect nothing. */
    private static final int MIN_SECRET_LENGTH = 4;

    private final List<String> secrets;

    public SecretMasker(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= MIN_SECRET_LENGTH)
                .distinct().toList();
    }

    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** Masks strings anywhere inside a value made of maps, lists and scalars. */
    public Object maskValue(Object value) {
        if (value instanceof String s) {
            return mask(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, maskValue(v)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(maskValue(v)));
            return copy;
        }
        return value;
    }
}
