package io.github.camelmartech.tests.springboot;

import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.apifon.springboot.ApifonComponentAutoConfiguration;
import io.github.camelmartech.apifon.springboot.ApifonComponentConverter;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switches a starter honours, as Camel's own starters do (the component's and the customizer's enabled flags),
 * and what a duration Spring Boot cannot read does.
 */
class StarterConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, ApifonComponentConverter.class,
                    ApifonComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.apifon.base-url=http://localhost:8089");

    @Test
    void byDefaultThePropertiesAreApplied() {
        runner.run(context -> assertThat(apifon(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl())
                .isEqualTo("http://localhost:8089"));
    }

    @Test
    void camelComponentApifonEnabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.apifon.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ApifonComponentAutoConfiguration.class);
            assertThat(apifon(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl()).isNull();
        });
    }

    @Test
    void customizerEnabledFalseKeepsTheComponentAsItIs() {
        runner.withPropertyValues("camel.component.apifon.customizer.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(ApifonComponentAutoConfiguration.class);
            assertThat(apifon(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl()).isNull();
        });
    }

    @Test
    void aDurationSpringBootCannotReadFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("camel.component.apifon.response-timeout=1m30s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("camel.component.apifon.response-timeout")
                    .hasStackTraceContaining("java.time.Duration");
        });
    }

    private static ApifonComponent apifon(CamelContext camel) {
        return camel.getComponent("apifon", ApifonComponent.class);
    }
}
