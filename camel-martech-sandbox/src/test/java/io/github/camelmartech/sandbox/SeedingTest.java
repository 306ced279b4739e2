package io.github.camelmartech.sandbox;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.affelios.AffeliosConstants;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.sandbox.accengage.AccengageSandbox;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSandbox;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSandbox;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSandbox;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every simulator's seeding helpers put data where the vendor's API serves it: each test seeds, binds the real
 * component with {@code bindTo(context)} and reads the data back through a consumer or a get. Seeding sends no
 * HTTP request (the journal stays empty until the component calls).
 */
@ApifonSandbox
@ApsisSandbox
@GetResponseSandbox
@AccengageSandbox
@AffeliosSandbox
class SeedingTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    private List<Object> poll(String uri, int expected) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:seeded");
            }
        });
        camel.start();
        MockEndpoint mock = camel.getEndpoint("mock:seeded", MockEndpoint.class);
        mock.expectedMessageCount(expected);
        mock.assertIsSatisfied(10_000);
        return mock.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
    }

    @Test
    void apifonListsAndSubscribers(ApifonSimulator apifon) throws Exception {
        String listId = apifon.addList("Newsletter");
        apifon.addSubscriber(listId, "+306990000001");
        apifon.addSubscriber(listId, Map.of("destination", "+306990000002", "email", "two@example.com"));
        assertThat(apifon.wireMock().getAllServeEvents()).isEmpty();

        apifon.bindTo(camel);
        List<Object> polled = poll("apifon:subscribers?listId=" + listId + "&pageSize=1&delay=100", 2);

        assertThat(polled).map(s -> ((ListSubscriber) s).getDestination())
                .containsExactlyInAnyOrder("306990000001", "306990000002");
    }

    @Test
    void apsisMailingListsAndSubscribers(ApsisSimulator apsis) throws Exception {
        long listId = apsis.addMailingList("Customers");
        apsis.addSubscriber(listId, "ada@example.com");
        apsis.addSubscriber(listId, Map.of("Email", "grace@example.com", "Name", "Grace"));

        apsis.bindTo(camel);
        List<Object> polled = poll("apsis:subscribers?mailingListId=" + listId + "&throttleRequests=10000&delay=100", 2);

        assertThat(polled).map(s -> ((Subscriber) s).getEmail()).containsExactly("ada@example.com", "grace@example.com");
    }

    @Test
    void getResponseCampaignsAndContactsAppearAtOnce(GetResponseSimulator getresponse) throws Exception {
        String campaignId = getresponse.addCampaign("newsletter_readers");
        getresponse.addContact(campaignId, "reader1@example.com");
        getresponse.addContact(Map.of("email", "reader2@example.com", "name", "Reader 2",
                "campaign", Map.of("campaignId", campaignId)));
        assertThat(getresponse.pendingContacts()).isZero();
        assertThatThrownBy(() -> getresponse.addContact(campaignId, "reader1@example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1008");

        getresponse.bindTo(camel);
        List<Object> polled = poll("getresponse:contacts?campaignId=" + campaignId + "&delay=100", 2);

        assertThat(polled).map(c -> ((Contact) c).getEmail()).containsExactly("reader1@example.com", "reader2@example.com");
    }

    @Test
    void accengageCampaignsAndDevices(AccengageSimulator accengage) throws Exception {
        accengage.addCampaign(accengage.partnerId(), Map.of("id", "c1", "name", "Spring"));
        accengage.addCampaign(accengage.partnerId(), Map.of("name", "Summer"));

        accengage.bindTo(camel);
        List<Object> polled = poll("accengage:campaigns?delay=100", 2);

        assertThat(polled).map(c -> ((JsonNode) c).path("name").asText()).containsExactly("Spring", "Summer");
    }

    @Test
    void affeliosCustomers(AffeliosSimulator affelios) throws Exception {
        String organic = affelios.addCustomer("cust-1", "brand-1");
        assertThatThrownBy(() -> affelios.addCustomer("cust-1", "brand-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("409");
        affelios.wireMock().verify(0, anyRequestedFor(anyUrl()));

        affelios.bindTo(camel);
        camel.start();
        AffeliosCustomer customer = camel.createProducerTemplate().requestBodyAndHeader("affelios:customers?operation=get",
                null, AffeliosConstants.CUSTOMER_ID, organic, AffeliosCustomer.class);

        assertThat(customer.getExternalId()).isEqualTo("cust-1");
        assertThat(customer.getExternalBrandId()).isEqualTo("brand-1");
    }
}
