package io.github.camelmartech.tests.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a test application's consumer routes received, by route id; the application makes it a bean. */
public class Inbox {

    private final Map<String, List<Object>> received = new ConcurrentHashMap<>();

    public void add(String routeId, Object body) {
        received.computeIfAbsent(routeId, id -> new CopyOnWriteArrayList<>()).add(body);
    }

    public List<Object> received(String routeId) {
        return List.copyOf(received.getOrDefault(routeId, List.of()));
    }
}
