package io.github.camelmartech.endpointdsl;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelmartech.endpointdsl.MarTechEndpoints.apifon;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.ApifonEndpoint;
import io.github.camelmartech.apifon.model.Balance;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builders drive real routes: a consumer and a producer built with them, against the Apifon simulator. */
@ApifonSandbox
class EndpointBuildersRouteTest {

    private CamelContext camel;

    @BeforeEach
    void start(ApifonSimulator simulator) {
        camel = new DefaultCamelContext();
        Component component = camel.getComponent("apifon");
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withProperties(new HashMap<>(simulator.componentOptions())).withMandatory(true).bind();
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aConsumerAndAProducerBuiltWithTheBuildersWelcomeNewSubscribers(ApifonSimulator simulator) throws Exception {
        ProducerTemplate template = camel.createProducerTemplate();
        String listId = template.requestBody(apifon("lists").operation("create").resolve(camel),
                Map.of("title", "builders", "type", "MOBILE", "prefix", "+30"), WriteResult.class).getId();
        for (String number : List.of("306900000001", "306900000002")) {
            template.sendBodyAndHeader(apifon("subscribers").operation("add").resolve(camel),
                    Map.of("destination", "+" + number), ApifonConstants.LIST_ID, listId);
        }

        camel.addRoutes(new MarTechEndpointRouteBuilder() {
            @Override
            public void configure() {
                from(apifon("subscribers").listId(listId).onlyNew(true).pageSize(1).initialDelay(0).delay(100))
                        .routeId("welcome")
                        .setHeader(apifon().apifonRecipients(), simple("${body.destination}"))
                        .setBody(constant("Welcome!"))
                        .to(apifon("sms").senderId("Acme"));
            }
        });

        List<LoggedRequest> sends = awaitSends(simulator, 2);
        ObjectMapper json = new ObjectMapper();
        Set<String> recipients = new TreeSet<>();
        for (LoggedRequest send : sends) {
            JsonNode body = json.readTree(send.getBodyAsString());
            assertThat(body.path("message").path("sender_id").asText()).isEqualTo("Acme");
            assertThat(body.path("message").path("text").asText()).isEqualTo("Welcome!");
            body.path("subscribers").forEach(s -> recipients.add(s.path("number").asText()));
        }
        assertThat(recipients).containsExactly("306900000001", "306900000002");
        ApifonEndpoint consumer = (ApifonEndpoint) camel.getRoute("welcome").getEndpoint();
        assertThat(consumer.getEndpointUri()).contains("listId=" + listId).contains("onlyNew=true");
    }

    @Test
    void aStaticBuilderResolvesToTheEndpointItDescribes() {
        ApifonEndpoint endpoint = apifon("sms").senderId("Acme").advanced().retryNonIdempotent(false)
                .resolve(camel, ApifonEndpoint.class);
        assertThat(endpoint.getEndpointUri()).isEqualTo("apifon://sms?retryNonIdempotent=false&senderId=Acme");
        Balance balance = camel.createProducerTemplate().requestBody(apifon("balance").resolve(camel), null, Balance.class);
        assertThat(balance.getBalance()).isNotNull();
    }

    private static List<LoggedRequest> awaitSends(ApifonSimulator simulator, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<LoggedRequest> sends = List.of();
        while (sends.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            sends = simulator.wireMock().findAll(postRequestedFor(urlEqualTo("/services/api/v1/sms/send")));
        }
        assertThat(sends).as("SMS sends the route made").hasSize(count);
        return sends;
    }
}
