package io.github.camelmartech.tests.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import io.github.camelmartech.accengage.AccengageComponent;
import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import io.github.camelmartech.sandbox.quarkus.InjectSimulator;
import io.github.camelmartech.sandbox.quarkus.SandboxTestResource;
import io.github.camelmartech.tests.runtime.Inbox;
import io.github.camelmartech.tests.runtime.VendorScenarios;
import io.github.camelmartech.tests.runtime.VendorScenarios.GetResponseContact;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five components on Camel Quarkus (JVM mode), discovered through their jars' Jandex index and service files,
 * configured only by configuration (application.properties plus each simulator's URL and credentials, which the
 * sandbox's {@link SandboxTestResource} gives Quarkus), calling the sandbox's simulators; the vendors with list
 * endpoints also poll.
 */
@QuarkusTest
@WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "apifon"))
@WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "apsis"))
@WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "getresponse"))
@WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "accengage"))
@WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "affelios"))
class MarTechQuarkusTest {

    @InjectSimulator
    ApifonSimulator apifon;
    @InjectSimulator
    ApsisSimulator apsis;
    @InjectSimulator
    GetResponseSimulator getresponse;
    @InjectSimulator
    AccengageSimulator accengage;
    @InjectSimulator
    AffeliosSimulator affelios;

    @Inject
    CamelContext camel;
    @Inject
    ProducerTemplate producer;
    @Inject
    Inbox inbox;

    @Test
    void apifonSendsASignedSmsAndPollsANewList() {
        VendorScenarios.apifonSendsASignedSmsAndPollsANewList(producer, apifon, () -> inbox.received("apifon-lists"));
    }

    @Test
    void apsisCreatesAMailingListAndPollsIt() {
        VendorScenarios.apsisCreatesAMailingListThatIsPolled(producer, () -> inbox.received("apsis-mailinglists"));
    }

    @Test
    void getresponseCreatesACampaignAndAContactAndPollsTheCampaign() {
        GetResponseContact contact = VendorScenarios.getresponseCreatesACampaignAndAContact(producer);

        VendorScenarios.awaitPolled("the new campaign", () -> inbox.received("getresponse-campaigns"),
                item -> item instanceof Campaign polled && contact.campaignId().equals(polled.getCampaignId()));
    }

    @Test
    void accengageSignsItsCallsAndPollsASeededCampaign() {
        VendorScenarios.accengageSignsItsCallsAndPollsASeededCampaign(producer, accengage, () -> inbox.received("accengage-campaigns"));
    }

    @Test
    void affeliosRegistersACustomerAndReadsItBack() {
        VendorScenarios.affeliosRegistersACustomerAndReadsItBack(producer);
    }

    @Test
    void applicationPropertiesReachTheComponents() {
        assertThat(camel.getComponent("apifon", ApifonComponent.class).getConfiguration().getResponseTimeout())
                .as("20s").isEqualTo(20_000);
        assertThat(camel.getComponent("apifon", ApifonComponent.class).getConfiguration().getMaxRetries()).isEqualTo(2);
        assertThat(camel.getComponent("accengage", AccengageComponent.class).getConfiguration().getConnectTimeout())
                .isEqualTo(5000);
        assertThat(camel.getComponent("apifon", ApifonComponent.class).getConfiguration().getBaseUrl())
                .isEqualTo(apifon.baseUrl());
        assertThat(List.of("apifon-lists", "apsis-mailinglists", "getresponse-campaigns", "accengage-campaigns"))
                .allSatisfy(routeId -> assertThat(camel.getRouteController().getRouteStatus(routeId).isStarted()).isTrue());
    }

    @Test
    void camelMainsConfigurationSummaryMasksEverySecretOption() throws Exception {
        String log = Files.readString(Path.of("target/quarkus-test.log"));

        assertThat(log).contains("Auto-configuration summary", "camel.component.apifon.apiToken = xxxxxx",
                "camel.component.apifon.apiSecret = xxxxxx", "camel.component.apifon.baseUrl = " + apifon.baseUrl());
        assertThat(VendorScenarios.secrets(apifon, apsis, getresponse, accengage, affelios)).hasSize(6).allSatisfy(secret -> assertThat(log).doesNotContain(secret));
    }
}
