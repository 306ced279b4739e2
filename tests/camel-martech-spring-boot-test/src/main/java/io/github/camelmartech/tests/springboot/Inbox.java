package io.github.camelmartech.tests.springboot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** What the application's consumer routes received, by route id, for the tests to look at. */
@Component
public class Inbox {

    private final Map<String, List<Object>> received = new ConcurrentHashMap<>();

    void add(String routeId, Object body) {
        received.computeIfAbsent(routeId, id -> new CopyOnWriteArrayList<>()).add(body);
    }

    public List<Object> received(String routeId) {
        return List.copyOf(received.getOrDefault(routeId, List.of()));
    }
}
