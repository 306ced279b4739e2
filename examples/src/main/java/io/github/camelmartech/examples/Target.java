package io.github.camelmartech.examples;

import java.util.Map;

import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * Where one vendor's example goes: the sandbox simulator started in-process (default) or, when its credentials are
 * set, the API at the configured base URL (the vendor's own by default, or a sandbox launcher's simulator), used as
 * the real API. {@code componentOptions} become {@code camel.component.<vendor>.<option>} properties of Camel Main.
 */
record Target(String vendor, VendorSimulator simulator, Map<String, String> componentOptions, Settings settings) {

    /** Whether the example runs against the sandbox's simulator rather than the real API. */
    boolean sandbox() {
        return simulator != null;
    }

    /** An example setting ({@code examples.<vendor>.<name>} or its environment variable), else the fallback. */
    String setting(String name, String fallback) {
        String value = settings.get(vendor, name);
        return value != null ? value : fallback;
    }

    String describe() {
        return sandbox() ? "sandbox at " + componentOptions.get("baseUrl")
                : componentOptions.containsKey("baseUrl") ? "API at " + componentOptions.get("baseUrl")
                : "the vendor's API";
    }
}
