package io.github.camelmartech.kamelets;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/** A plain Camel context with one component pointed at a simulator, to set up vendor state before a Kamelet runs. */
final class VendorSetup implements AutoCloseable {

    private final CamelContext camel = new DefaultCamelContext();

    VendorSetup(String scheme, Map<String, String> componentOptions) {
        Component component = camel.getComponent(scheme);
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withProperties(new HashMap<>(componentOptions)).withMandatory(true).bind();
        camel.start();
    }

    ProducerTemplate producer() {
        return camel.createProducerTemplate();
    }

    @Override
    public void close() {
        camel.stop();
    }
}
