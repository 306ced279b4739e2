package io.github.camelmartech.testvendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.error.MarTechTransportException;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TLS, proxy and pool sharing, configured through endpoint and component options. */
class TestVendorTransportTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .dynamicHttpsPort().keystorePath(resource("tls/server.p12")).keystoreType("PKCS12")
            .keystorePassword("changeit").keyManagerPassword("changeit")).build();

    private static String resource(String name) {
        return TestVendorTransportTest.class.getClassLoader().getResource(name).getPath();
    }

    static SSLContextParameters trustingTheTestCertificate() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:tls/truststore.p12");
        store.setType("PKCS12");
        store.setPassword("changeit");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        return ssl;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("tls", trustingTheTestCertificate());
    }

    private String https(String host, String options) {
        return "testvendor:request?apiKey=k-12345678&maxRetries=0&path=/v1/ping&baseUrl=https://" + host + ":"
               + wm.getHttpsPort() + options;
    }

    @Test
    void explicitSslContextParametersAreUsedAndHostNamesStayVerified() {
        wm.stubFor(get("/v1/ping").willReturn(okJson("{\"pong\":true}")));

        JsonNode pong = template.requestBody(https("localhost", "&sslContextParameters=#tls"), null, JsonNode.class);
        assertThat(pong.get("pong").asBoolean()).isTrue();

        // the certificate names localhost only: 127.0.0.1 must fail verification even though it is trusted
        assertThatThrownBy(() -> template.requestBody(https("127.0.0.1", "&sslContextParameters=#tls"), (Object) null))
                .cause().isInstanceOf(MarTechTransportException.class).hasMessageContaining("SSL");
    }

    @Test
    void byDefaultOnlyTheJvmCertificateAuthoritiesAreTrusted() {
        wm.stubFor(get("/v1/ping").willReturn(okJson("{}")));

        assertThatThrownBy(() -> template.requestBody(https("localhost", ""), (Object) null))
                .cause().isInstanceOf(MarTechTransportException.class).hasMessageContaining("SSL");
        wm.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void globalSslContextParametersApplyWhenTheComponentIsToldToUseThem() {
        wm.stubFor(get("/v1/ping").willReturn(okJson("{\"pong\":true}")));
        context.setSSLContextParameters(trustingTheTestCertificate());
        context.getComponent("testvendor", TestVendorComponent.class).setUseGlobalSslContextParameters(true);

        assertThat(template.requestBody(https("localhost", ""), null, JsonNode.class).get("pong").asBoolean()).isTrue();
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() {
        // the stub plays the proxy: it receives the request for the vendor host in absolute form
        wm.stubFor(get("/v1/ping").willReturn(okJson("{\"via\":\"proxy\"}")));

        JsonNode result = template.requestBody("testvendor:request?apiKey=k-12345678&path=/v1/ping"
                                               + "&baseUrl=http://api.vendor.invalid&proxyHost=localhost&proxyPort="
                                               + wm.getPort(), null, JsonNode.class);

        assertThat(result.get("via").asText()).isEqualTo("proxy");
        wm.verify(getRequestedFor(urlEqualTo("/v1/ping")).withHeader("Host", equalTo("api.vendor.invalid"))
                .withHeader("X-Api-Key", equalTo("k-12345678")));
    }

    @Test
    void endpointsWithTheSameTransportShareOnePool() {
        wm.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        String base = "testvendor:request?apiKey=k-12345678&baseUrl=http://localhost:" + wm.getPort();

        template.requestBodyAndHeader(base + "&path=/a", null, TestVendorConstants.PATH, "/a");
        template.requestBodyAndHeader(base.replace("k-12345678", "other-key-1") + "&path=/b", null,
                TestVendorConstants.PATH, "/b");
        assertThat(context.getComponent("testvendor", TestVendorComponent.class).openClients()).isEqualTo(1);

        template.requestBody(base + "&path=/c&connectTimeout=3s", (Object) null);
        assertThat(context.getComponent("testvendor", TestVendorComponent.class).openClients()).isEqualTo(2);
        wm.verify(getRequestedFor(urlEqualTo("/b")).withHeader("X-Api-Key", equalTo("other-key-1")));
    }
}
