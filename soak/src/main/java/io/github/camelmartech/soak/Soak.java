package io.github.camelmartech.soak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.getresponse.model.Campaign;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.undertow.UndertowComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * The connectors' side of the soak: one Camel context running {@link SoakRoutes} against the vendor JVM
 * ({@link VendorProcess}) for a given time, measured every interval by {@link Sampler}; the samples go to
 * {@code samples.csv} as they are taken, the table and chart to {@code latest.md} and {@code latest.png} at the end.
 *
 * <pre>
 * Soak --vendor vendor.properties --out DIR --keystore webhook.p12 [--minutes 30] [--sample-seconds 60]
 * </pre>
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "30"));
        int sampleSeconds = Integer.parseInt(options.getOrDefault("sample-seconds", "60"));
        Path vendorFile = Path.of(required(options, "vendor"));
        Path out = Path.of(required(options, "out"));
        Files.createDirectories(out);
        Properties vendor = awaitVendor(vendorFile);

        CamelContext camel = new DefaultCamelContext();
        bind(camel, "apifon", vendor);
        bind(camel, "getresponse", vendor);
        camel.getComponent("undertow", UndertowComponent.class)
                .setSslContextParameters(tls(required(options, "keystore"), options.getOrDefault("keystore-password", "soak-only")));
        // bounded, as a real one must be, and full within the warm-up (5 callbacks a second): the soak measures the
        // connectors, not a cache filling up
        camel.getRegistry().bind("callbackIds", MemoryIdempotentRepository.memoryIdempotentRepository(1_000));
        camel.start();
        ProducerTemplate producer = camel.createProducerTemplate();
        String listId = producer.requestBody("apifon:lists?operation=create",
                Map.of("title", "Soak", "type", "ADVANCED", "prefix", "+30"), WriteResult.class).getId();
        String campaignId = producer.requestBody("getresponse:campaigns?operation=create",
                Map.of("name", "soak_" + System.currentTimeMillis()), Campaign.class).getCampaignId();
        SoakRoutes routes = new SoakRoutes(listId, campaignId, Integer.parseInt(options.getOrDefault("webhook-port", "18443")));
        camel.addRoutes(routes);

        Sampler sampler = new Sampler();
        SoakReport report = new SoakReport(out, minutes, sampleSeconds);
        List<Sample> samples = new ArrayList<>();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        while (true) {
            long next = System.nanoTime() + sampleSeconds * 1_000_000_000L;
            Map<String, Long> counters = new TreeMap<>(routes.counters());
            counters.put("faults injected", Long.parseLong(read(vendorFile).getProperty("faults", "0")));
            Sample sample = sampler.sample(counters);
            samples.add(sample);
            report.append(sample);
            if (System.nanoTime() >= end) {
                break;
            }
            Thread.sleep(Math.max(0, Math.min(next, end) - System.nanoTime()) / 1_000_000);
        }
        camel.stop();
        report.write(samples);
        System.out.println("soak: wrote " + out.resolve("latest.md") + " and " + out.resolve("latest.png"));
    }

    private static void bind(CamelContext camel, String vendor, Properties properties) {
        Map<String, Object> options = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(vendor + "."))
                .forEach(k -> options.put(k.substring(vendor.length() + 1), properties.getProperty(k)));
        DefaultComponent component = (DefaultComponent) camel.getComponent(vendor);
        // through the component's generated configurer (its options live in a nested configuration object)
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer()).withProperties(options).withMandatory(true)
                .bind();
    }

    /** The webhook's TLS: the vendor only posts callbacks to https URLs (run.sh makes a throw-away key). */
    private static SSLContextParameters tls(String keystore, String password) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + keystore);
        keyStore.setPassword(password);
        keyStore.setType("PKCS12");
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(password);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setKeyManagers(keyManagers);
        return tls;
    }

    private static Properties awaitVendor(Path file) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the vendor process did not write " + file);
            }
            Thread.sleep(200);
        }
        return read(file);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
