package io.github.camelmartech.sandbox;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** A Camel context whose vendor component has the given options, bound as {@code bindTo} binds a simulator's. */
final class SandboxCamel {

    private SandboxCamel() {
    }

    static CamelContext context(String scheme, Map<String, String> componentOptions) {
        CamelContext context = new DefaultCamelContext();
        CamelBinding.bind(context, scheme, componentOptions);
        return context;
    }
}
