package io.github.camelmartech.tests.springboot.styles;

import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.sandbox.apifon.ApifonSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox README's Spring Boot test style: the simulator's {@code properties()}, camelCase option names
 * ({@code camel.component.apifon.apiToken}), given to Spring in {@code @DynamicPropertySource}; Spring's relaxed
 * binding hands them to the starter's {@code camel.component.apifon} configuration. {@code spring.config.name} keeps
 * this module's other application's {@code application.properties} out of this one.
 */
@SpringBootTest(classes = WelcomeApplication.class, properties = "spring.config.name=welcome")
@DirtiesContext // the simulator stops after the class: close the application with it
class WelcomeRouteSpringBootTest {

    @RegisterExtension
    static ApifonSandboxExtension apifon = new ApifonSandboxExtension();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        apifon.simulator().properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    ProducerTemplate template;

    @Test
    void sendsTheWelcomeSms() {
        template.sendBody("direct:welcome", "306991234567");

        // signed with the sandbox's token and secret: a wrong one would have been a 401 and an exception above
        apifon.simulator().wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/sms/send"))
                .withHeader("Authorization", matching("ApifonWS sandbox-token:.+"))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("Welcome to Acme!")))
                .withRequestBody(matchingJsonPath("$.subscribers[0].number", equalTo("306991234567"))));
    }

    @Test
    void springsRelaxedBindingTakesTheCamelCaseNames(@Autowired CamelContext camel) {
        assertThat(apifon.simulator().properties()).containsKeys("camel.component.apifon.baseUrl",
                "camel.component.apifon.apiToken", "camel.component.apifon.apiSecret");

        ApifonComponent component = camel.getComponent("apifon", ApifonComponent.class);

        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(apifon.simulator().baseUrl());
        assertThat(component.getConfiguration().getApiToken()).isEqualTo(apifon.simulator().token());
        assertThat(component.getConfiguration().getApiSecret()).isEqualTo(apifon.simulator().secret());
    }
}
