package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.sandbox.affelios.AffeliosSandbox;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Every Affelios Kamelet run from YAML routes by KameletMain against the Affelios simulator. */
@AffeliosSandbox
class AffeliosKameletsTest {

    @Test
    void everyAffeliosKameletWorksEndToEnd(AffeliosSimulator affelios) throws Exception {
        Map<String, String> properties = new HashMap<>();
        affelios.componentOptions().forEach((option, value) -> properties.put("affelios." + option, value));

        try (KameletRun run = new KameletRun("classpath:routes/affelios-kamelets.camel.yaml", properties)) {
            Exchange created = run.producer().request("direct:create", e -> e.getMessage().setBody(
                    "{\"externalId\":\"player-1\",\"externalBrandId\":\"brand-1\","
                    + "\"registrationDate\":\"2024-01-15T10:30:00.000Z\",\"clickKey\":\"click-9\"}"));
            assertThat(created.getException()).isNull();
            String id = created.getMessage().getBody(AffeliosCustomer.class).getId();
            assertThat(affelios.customer(id)).isPresent();

            run.producer().sendBody("direct:update", "{\"id\":\"" + id + "\",\"externalId\":\"player-1\","
                    + "\"externalBrandId\":\"brand-1\",\"registrationDate\":\"2024-01-15T10:30:00.000Z\",\"country\":\"GR\"}");
            assertThat(affelios.customer(id).orElseThrow().path("country").asText()).isEqualTo("GR");

            String deposit = "{\"externalCustomerId\":\"player-1\",\"externalBrandId\":\"brand-1\",\"depositAmount\":%s,"
                             + "\"transactionDate\":\"2024-01-16T09:00:00.000Z\"}";
            run.producer().sendBody("direct:transactions", String.format(deposit, "10"));
            run.producer().sendBody("direct:transactions",
                    "[" + String.format(deposit, "20") + "," + String.format(deposit, "30") + "," + String.format(deposit, "40") + "]");
            awaitProcessed(affelios);
            JsonNode customer = KameletRun.json(run.producer().request("direct:customer",
                    e -> e.getMessage().setHeader("customerId", id)));
            assertThat(customer.path("lifetimeDeposits").decimalValue()).isEqualByComparingTo("100");
            assertThat(affelios.failedTransactions()).isEmpty();
        }
    }

    private static void awaitProcessed(AffeliosSimulator affelios) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (affelios.pendingTransactions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(affelios.pendingTransactions()).isZero();
    }
}
