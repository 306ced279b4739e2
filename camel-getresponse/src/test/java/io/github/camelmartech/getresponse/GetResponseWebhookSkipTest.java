package io.github.camelmartech.getresponse;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** webhookAutoRegister=false: the callback is managed elsewhere, nothing is registered nor removed. */
class GetResponseWebhookSkipTest extends GetResponseTestSupport {

    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(port);
                from("webhook:" + uri("callbacks", "") + "&webhookAutoRegister=false&webhookPath=/gr")
                        .routeId("callbacks").to("mock:events");
            }
        };
    }

    @Test
    void nothingIsRegisteredNorRemoved() throws Exception {
        context.stop();

        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
