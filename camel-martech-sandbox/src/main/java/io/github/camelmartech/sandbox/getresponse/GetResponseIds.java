package io.github.camelmartech.sandbox.getresponse;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/** GetResponse's ids: short opaque strings ({@code "p86zQ"}), unique within one simulator until its reset. */
final class GetResponseIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();
    private final Set<String> used = new HashSet<>();

    synchronized String next(int length) {
        String id;
        do {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            id = b.toString();
        } while (!used.add(id));
        return id;
    }

    synchronized void clear() {
        used.clear();
    }
}
