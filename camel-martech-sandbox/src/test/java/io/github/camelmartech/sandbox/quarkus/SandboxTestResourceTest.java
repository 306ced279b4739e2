package io.github.camelmartech.sandbox.quarkus;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Quarkus test resource's own logic, driven as Quarkus drives it (init, start, inject, stop). That a
 * {@code @QuarkusTest} application binds the properties is proven by the Quarkus test module.
 */
class SandboxTestResourceTest {

    /** A test class as Quarkus would hand its fields to the injector. */
    static final class QuarkusTestLike {
        @InjectSimulator
        GetResponseSimulator getresponse;
        @InjectSimulator
        ApifonSimulator other;
        GetResponseSimulator notAnnotated;
    }

    @Test
    void startsTheNamedVendorGivesItsPropertiesAndInjectsIt() throws Exception {
        SandboxTestResource resource = new SandboxTestResource();
        resource.init(Map.of("vendor", "GetResponse"));
        Map<String, String> properties = resource.start();
        try {
            GetResponseSimulator running = (GetResponseSimulator) resource.simulator();
            assertThat(properties).containsEntry("camel.component.getresponse.baseUrl", running.apiUrl())
                    .containsEntry("camel.component.getresponse.apiKey", running.apiKey());
            HttpResponse<String> accounts = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    running.apiUrl() + "/accounts")).header("X-Auth-Token", "api-key " + running.apiKey()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accounts.statusCode()).isEqualTo(200);

            QuarkusTestLike test = new QuarkusTestLike();
            resource.inject(new TestInjector() {
                @Override
                public void injectIntoFields(Object value, java.util.function.Predicate<Field> predicate) {
                    for (Field field : QuarkusTestLike.class.getDeclaredFields()) {
                        if (predicate.test(field)) {
                            try {
                                field.set(test, value);
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
            });
            assertThat(test.getresponse).isSameAs(running);
            assertThat(test.other).isNull();
            assertThat(test.notAnnotated).isNull();
        } finally {
            resource.stop();
        }
        assertThat(resource.simulator().isRunning()).isFalse();
    }

    @Test
    void aMissingOrUnknownVendorIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> new SandboxTestResource().init(Map.of())).hasMessageContaining("@ResourceArg(name = \"vendor\"");
        assertThatThrownBy(() -> new SandboxTestResource().init(Map.of("vendor", "mailchimp")))
                .hasMessageContaining("no simulator for 'mailchimp'; one of apifon, apsis, getresponse, accengage, affelios");
    }
}
