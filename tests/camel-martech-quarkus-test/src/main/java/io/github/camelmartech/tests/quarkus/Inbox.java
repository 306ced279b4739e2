package io.github.camelmartech.tests.quarkus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** What the application's consumer routes received, by route id, for the tests to look at. */
@ApplicationScoped
public class Inbox {

    private final Map<String, List<Object>> received = new ConcurrentHashMap<>();

    void add(String routeId, Object body) {
        received.computeIfAbsent(routeId, id -> new CopyOnWriteArrayList<>()).add(body);
    }

    public List<Object> received(String routeId) {
        return List.copyOf(received.getOrDefault(routeId, List.of()));
    }
}
