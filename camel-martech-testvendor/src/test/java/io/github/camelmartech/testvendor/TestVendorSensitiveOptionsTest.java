package io.github.camelmartech.testvendor;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.util.SensitiveUtils;
import org.junit.jupiter.api.Test;

/**
 * A component makes Camel treat the suite's secret option names as sensitive, which Camel's own list does not, so
 * Camel Main's configuration summaries and KameletMain's property summary mask them.
 */
class TestVendorSensitiveOptionsTest {

    @Test
    void theSuitesSecretOptionNamesBecomeSensitiveOnceAComponentIsCreated() throws Exception {
        assertThat(SensitiveUtils.containsSensitive("apiSecret")).as("not in Camel's own list").isFalse();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getCamelContextExtension().setAdditionalSensitiveKeywords("myownsecret");
            camel.start();
            camel.getComponent("testvendor");
            for (String option : new String[] {"apiToken", "apiSecret", "webhookSecret", "webhookUsername",
                                               "webhookPassword", "camel.component.testvendor.apiSecret"}) {
                assertThat(CamelContextHelper.containsSensitive(camel, option)).as(option).isTrue();
            }
            assertThat(CamelContextHelper.containsSensitive(camel, "myownsecret")).as("the user's own are kept").isTrue();
            assertThat(CamelContextHelper.containsSensitive(camel, "baseUrl")).isFalse();
        }
    }
}
