package io.github.camelmartech.apifon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApifonComponentTest extends ApifonTestSupport {

    @Test
    void theGeneratedUriFactoryBuildsUrisFromProperties() throws Exception {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("apifon");

        assertThat(factory).isInstanceOf(ApifonEndpointUriFactory.class);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("resource", "sms");
        properties.put("senderId", "Apifon");
        properties.put("recipients", "306999999999");
        assertThat(factory.buildUri("apifon", properties)).isEqualTo("apifon:sms?recipients=306999999999&senderId=Apifon");
        assertThat(factory.isEnabled("apifon")).isTrue();
        assertThat(factory.propertyNames()).contains("resource", "apiToken", "apiSecret", "senderId", "listId", "pageSize",
                "onlyNew", "clientId", "webhookSecret");
        assertThat(factory.secretPropertyNames()).contains("apiToken", "apiSecret", "clientId", "clientSecret")
                .doesNotContain("senderId");
        assertThat(factory.isLenientProperties()).isFalse();
    }

    @Test
    void generatedConfigurersSetOptionsFromTheUriAndTheComponent() {
        context.getComponent("apifon", ApifonComponent.class).getConfiguration().setSenderId("Default");

        ApifonEndpoint endpoint = context.getEndpoint(uri("subscribers", "&listId=L9&pageSize=50&onlyNew=false&dc=2"
                                                                         + "&maxRetries=1&callbackUrl=https://cb/x"),
                ApifonEndpoint.class);

        ApifonConfiguration c = endpoint.getConfiguration();
        assertThat(c.getResource()).isEqualTo("subscribers");
        assertThat(c.getApiToken()).isEqualTo(TOKEN);
        assertThat(c.getListId()).isEqualTo("L9");
        assertThat(c.getPageSize()).isEqualTo(50);
        assertThat(c.isOnlyNew()).isFalse();
        assertThat(c.getDc()).isEqualTo(2);
        assertThat(c.getCallbackUrl()).isEqualTo("https://cb/x");
        assertThat(c.getSenderId()).isEqualTo("Default");
        assertThat(c.getClock()).isNotNull();
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("apifon-endpoint", context);
        assertThat(configurer).isInstanceOf(ApifonEndpointConfigurer.class);
        assertThat(endpoint.getServiceUrl()).isEqualTo(wm.baseUrl());
        assertThat(context.getEndpoint("apifon:sms?apiToken=t&apiSecret=s", ApifonEndpoint.class).getServiceUrl())
                .isEqualTo("https://ars.apifon.com");
    }

    @Test
    void unknownOptionsAndResourcesAreRejectedWithoutLeakingSecrets() {
        assertThatThrownBy(() -> context.getEndpoint(uri("sms", "&sender=x")))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("sender")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> template.requestBody(uri("sms", "&operation=send").replace("apifon:sms", "apifon:mms"), "x"))
                .cause().hasMessageContaining("resource");
    }

    @Test
    void theRequestResourceSignsAnyCallAndTypesItsErrors() {
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/list/L1/group/G1")).willReturn(okJson("{\"name\":\"g\"}")));
        wm.stubFor(delete("/services/api/v1/list/L1/group/G2").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", JSON).withBody("{\"status\":\"500\",\"title\":\"Internal Server Error\"}")));

        Object group = template.requestBodyAndHeaders(uri("request", ""), null, Map.of(ApifonConstants.PATH,
                "/services/api/v1/list/L1/group/G1", ApifonConstants.QUERY, Map.of("fields", "name")));
        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri("request", "&httpMethod=DELETE"), null,
                Map.of(ApifonConstants.PATH, "/services/api/v1/list/L1/group/G2")))
                .cause().isInstanceOfSatisfying(io.github.camelmartech.support.error.MarTechServerException.class,
                        e -> assertThat(e.getVendorMessage()).isEqualTo("Internal Server Error"));

        assertThat(group.toString()).contains("\"name\":\"g\"");
        signed(getRequestedFor(urlEqualTo("/services/api/v1/list/L1/group/G1?fields=name")));
        signed(deleteRequestedFor(urlEqualTo("/services/api/v1/list/L1/group/G2")));
    }

    @Test
    void secretsAreMaskedInLogsEndpointUrisAndErrors() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger camel = (Logger) LoggerFactory.getLogger("org.apache.camel");
        Level level = camel.getLevel();
        camel.setLevel(Level.DEBUG);
        root.addAppender(logs);
        try {
            wm.stubFor(get(urlPathEqualTo("/services/api/v1/list")).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", JSON).withBody("{\"status\":\"401\",\"title\":\"Unauthorized key " + SECRET
                                                               + "\",\"error_details\":{\"secret\":\"" + SECRET + "\"}}")));
            String consumerUri = uri("lists", "&delay=60000&initialDelay=0");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(consumerUri).routeId("masked").to("mock:masked");
                }
            });
            assertThat(context.getRoute("masked").getEndpoint().toString())
                    .contains("apiSecret=xxxxxx", "apiToken=xxxxxx").doesNotContain(SECRET, TOKEN);
            assertThatThrownBy(() -> template.requestBody(uri("lists", ""), (Object) null))
                    .cause().hasMessageContaining("Unauthorized key xxxxxx").hasMessageNotContaining(SECRET);
            ApifonConsumerTest.awaitRequests(1, getRequestedFor(urlPathEqualTo("/services/api/v1/list")));
            context.getRouteController().stopRoute("masked");
        } finally {
            root.detachAppender(logs);
            camel.setLevel(level);
        }
        List<String> messages = logs.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
        assertThat(messages).anyMatch(m -> m.contains("apiSecret=xxxxxx"));
        assertThat(messages).noneMatch(m -> m.contains(SECRET));
        assertThat(new ApifonHmacAuth(TOKEN, SECRET, null).toString()).doesNotContain(TOKEN, SECRET);
        assertThat(new ApifonConfiguration().toString()).doesNotContain("apiSecret");
    }
}
