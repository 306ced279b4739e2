package io.github.camelmartech.examples;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * Runs every example and prints what each step did; exits 0 when all succeeded, 1 with the failing step otherwise.
 * For now the foundation example: create items through a producer, then poll them back page by page.
 */
public final class ExamplesApplication {

    private static final String DEMO_KEY = "demo-key-0123456789";

    private ExamplesApplication() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run() ? 0 : 1);
    }

    /** Runs the examples; true when every step succeeded. */
    public static boolean run() throws Exception {
        try (DemoApi api = new DemoApi(DEMO_KEY)) {
            return foundationExample(api.baseUrl());
        }
    }

    private static boolean foundationExample(String baseUrl) throws Exception {
        String options = "?apiKey=" + DEMO_KEY + "&baseUrl=" + baseUrl;
        int count = 5;
        List<String> polled = new CopyOnWriteArrayList<>();
        CountDownLatch allPolled = new CountDownLatch(count);
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("testvendor:items" + options);
                from("testvendor:items" + options + "&pageSize=2&initialDelay=0&delay=200").routeId("poll-items")
                        .process(e -> {
                            polled.add(e.getMessage().getBody(JsonNode.class).get("id").asText());
                            allPolled.countDown();
                        });
            }
        });
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            ProducerTemplate template = context.createProducerTemplate();
            context.getRouteController().stopRoute("poll-items");
            for (int i = 1; i <= count; i++) {
                JsonNode created = template.requestBody("direct:create", Map.of("name", "example " + i), JsonNode.class);
                System.out.printf("[foundation] created %s%n", created.get("id").asText());
            }
            context.getRouteController().startRoute("poll-items");
            boolean done = allPolled.await(30, TimeUnit.SECONDS);
            System.out.printf("[foundation] polled %d of %d items back, 2 per page: %s%n", polled.size(), count, polled);
            if (!done || polled.size() != count) {
                System.out.println("[foundation] FAILED: step 'poll items back'");
                return false;
            }
            System.out.println("[foundation] OK");
            return true;
        } finally {
            main.stop();
        }
    }
}
