package io.github.camelmartech.support.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets of one test, by name, and every form in which one could leak: as is, URL-encoded, and inside any
 * Base64 text (a Basic header is Base64 of {@code user:password}), whatever its alignment. Failures name the secret
 * and the place, never the value.
 */
public final class Secrets {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Secrets() {
    }

    /** Pairs of name and value: {@code Secrets.of("apiKey", KEY, "clientSecret", CLIENT_SECRET)}. */
    public static Secrets of(String... namesAndValues) {
        Secrets secrets = new Secrets();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            secrets.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return secrets;
    }

    /** Adds one; values shorter than 12 characters would match by accident, so tests must use longer ones. */
    public Secrets add(String name, String value) {
        if (value == null || value.length() < 12) {
            throw new IllegalArgumentException("test secret " + name + " must be at least 12 characters");
        }
        values.put(name, value);
        return this;
    }

    public Map<String, String> values() {
        return values;
    }

    /** The names of the secrets found in {@code text}, in any of their forms ("apiKey (base64)", ...). */
    public List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        values.forEach((name, value) -> {
            if (text.contains(value)) {
                found.add(name);
            } else if (text.contains(URLEncoder.encode(value, StandardCharsets.UTF_8))) {
                found.add(name + " (url-encoded)");
            } else if (base64Fragments(value).stream().anyMatch(text::contains)) {
                found.add(name + " (base64)");
            }
        });
        return found;
    }

    /**
     * The part of Base64(prefix + value) that depends on the value only, for each of the three alignments: any
     * Base64 text holding the value (a Basic credential {@code user:key}, say) contains one of them.
     */
    static List<String> base64Fragments(String value) {
        List<String> fragments = new ArrayList<>();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int pad = 0; pad < 3; pad++) {
            byte[] padded = new byte[pad + bytes.length];
            System.arraycopy(bytes, 0, padded, pad, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(padded);
            // whole 3-byte groups made of value bytes only: skip the group holding the padding, drop the last one
            int firstGroup = pad == 0 ? 0 : 1;
            int lastGroup = padded.length / 3 - 1;
            if (lastGroup > firstGroup) {
                fragments.add(encoded.substring(firstGroup * 4, lastGroup * 4));
            }
        }
        return fragments;
    }
}
