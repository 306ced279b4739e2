package io.github.camelmartech.tests.springboot;

import io.github.camelmartech.tests.runtime.Inbox;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application using the five starters the way a user's would: components configured only by
 * {@code camel.component.<vendor>.*} properties, routes as {@link MarTechRoutes}, actuator for health.
 */
@SpringBootApplication
public class MarTechApplication {

    public static void main(String[] args) {
        SpringApplication.run(MarTechApplication.class, args);
    }

    @Bean
    Inbox inbox() {
        return new Inbox();
    }

    /** The consumers' cursors; application.properties gives it to the components as #consumerState. */
    @Bean
    StateRepository<String, String> consumerState() {
        return new MemoryStateRepository();
    }
}
