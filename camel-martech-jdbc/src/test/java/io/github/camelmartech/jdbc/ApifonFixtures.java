package io.github.camelmartech.jdbc;

import java.util.HashMap;
import java.util.Map;

import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.PropertyBindingSupport;

/** What the drills set up on the Apifon simulator, through the component as a user would. */
final class ApifonFixtures {

    private ApifonFixtures() {
    }

    /** Points the context's apifon component at the simulator. */
    static void bindSimulator(CamelContext camel, ApifonSimulator apifon) {
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(camel.getComponent("apifon"))
                .withProperties(new HashMap<>(apifon.componentOptions())).withMandatory(true).bind();
    }

    /** A new list with subscribers {@code +306990000001}, {@code +306990000002}, ...; its id. */
    static String listWithSubscribers(ProducerTemplate producer, String title, int subscribers) {
        String listId = producer.requestBody("apifon:lists?operation=create",
                Map.of("title", title, "type", "ADVANCED", "prefix", "+30"), WriteResult.class).getId();
        for (int i = 1; i <= subscribers; i++) {
            producer.sendBodyAndHeader("apifon:subscribers?operation=add",
                    Map.of("destination", String.format("+3069900%05d", i)), ApifonConstants.LIST_ID, listId);
        }
        return listId;
    }
}
