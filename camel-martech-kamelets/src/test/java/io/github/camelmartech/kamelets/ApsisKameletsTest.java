package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.ApsisConstants;
import io.github.camelmartech.sandbox.apsis.ApsisSandbox;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

/** Every APSIS Kamelet run from YAML routes by KameletMain against the APSIS simulator. */
@ApsisSandbox
class ApsisKameletsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void everyApsisKameletWorksEndToEnd(ApsisSimulator apsis) throws Exception {
        long listId = seedList(apsis, List.of("ada@example.com", "bob@example.com"));
        long projectId = apsis.addTransactionalProject("Receipts");
        Map<String, String> properties = new HashMap<>();
        properties.put("apsis.baseUrl", apsis.baseUrl());
        properties.put("apsis.apiKey", apsis.apiKey());
        properties.put("apsis.mailingListId", Long.toString(listId));
        properties.put("apsis.projectId", Long.toString(projectId));
        // the client-side 60-a-minute throttle is the component's, configured on it, not on the Kamelets
        properties.put("camel.component.apsis.throttleRequests", "0");

        try (KameletRun run = new KameletRun("classpath:routes/apsis-kamelets.camel.yaml", properties)) {
            Set<String> emails = new TreeSet<>();
            for (int i = 0; i < 2; i++) {
                emails.add(run.receiveJson("seda:subscribers", WAIT).path("Email").asText());
            }
            assertThat(emails).containsExactly("ada@example.com", "bob@example.com");

            run.producer().sendBody("direct:email",
                    "{\"Email\":\"ada@example.com\",\"Name\":\"Ada\",\"SendingType\":\"t\"}");
            assertThat(apsis.sentTransactionalEmails()).singleElement().satisfies(email -> {
                assertThat(email.path("Email").asText()).isEqualTo("ada@example.com");
                assertThat(email.path("ProjectId").asLong()).isEqualTo(projectId);
            });

            run.producer().sendBody("direct:sms",
                    "{\"Message\":\"Your code is 1234\",\"CountryCode\":\"46\",\"PhoneNumber\":\"701234567\"}");
            assertThat(apsis.sentSms()).singleElement()
                    .satisfies(sms -> assertThat(sms.path("Message").asText()).isEqualTo("Your code is 1234"));

            JsonNode lists = run.requestJson("direct:request", null);
            assertThat(lists.toString()).contains("Kamelets list");
        }
    }

    private static long seedList(ApsisSimulator apsis, List<String> emails) {
        Map<String, String> options = new HashMap<>(apsis.componentOptions());
        options.put("throttleRequests", "0");
        try (VendorSetup setup = new VendorSetup("apsis", options)) {
            ProducerTemplate producer = setup.producer();
            long listId = producer.requestBody("apsis:mailinglists?operation=create",
                    Map.of("Name", "Kamelets list", "FromName", "Acme", "FromEmail", "news@acme.example"), Long.class);
            for (String email : emails) {
                producer.requestBodyAndHeader("apsis:subscribers?operation=create", Map.of("Email", email),
                        ApsisConstants.MAILING_LIST_ID, listId, Long.class);
            }
            return listId;
        }
    }
}
