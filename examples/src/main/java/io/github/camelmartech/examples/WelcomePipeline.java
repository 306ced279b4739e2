package io.github.camelmartech.examples;

import java.util.Map;

import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.endpointdsl.MarTechEndpointRouteBuilder;
import io.github.camelmartech.examples.WelcomeLedger.Outcome;
import io.github.camelmartech.getresponse.GetResponseConstants;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.getresponse.model.CustomFieldValue;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * New GetResponse contacts get a welcome SMS, through the EIPs that make that safe across vendors:
 * <ul>
 * <li>an <b>idempotent consumer</b> keyed by contact id, whose keys outlive the process (a file here, a database on
 * several nodes): a restart that reads the contacts again sends no SMS twice;</li>
 * <li>a <b>content enricher</b> and a <b>filter</b>: polled list rows carry no custom fields, so each contact is read
 * with its phone number, and contacts without one are let through without an SMS;</li>
 * <li>a <b>throttle</b> under the rate the account may send at;</li>
 * <li>a <b>circuit breaker</b> (Resilience4j) around Apifon with a <b>fallback</b> to APSIS: when Apifon fails the
 * SMS goes through APSIS, and once Apifon failed often enough the circuit opens and APSIS takes the traffic without
 * Apifon being called. A send that may have reached Apifon (no answer after the request left) is not handed to APSIS:
 * that would be a second SMS;</li>
 * <li>a <b>dead letter channel</b> for what neither vendor could send, with the original contact, never retried.</li>
 * </ul>
 */
final class WelcomePipeline extends MarTechEndpointRouteBuilder {

    static final String ROUTE_ID = "welcome-new-contacts";
    static final String UNDELIVERABLE = "welcome-undeliverable";
    private static final String PHONE = "welcomePhone";
    private static final String TEXT = "welcomeText";
    private static final String SENT_BY = "welcomeSentBy";
    private static final String CONTACT_ID = "welcomeContactId";

    /**
     * @param campaignId    the GetResponse campaign (list) whose new contacts are welcomed
     * @param phoneField    the name of the GetResponse custom field holding the phone number
     * @param senderId      the SMS sender
     * @param smsPerSecond  the most SMS sent in a second
     * @param pollDelay     milliseconds between two polls of GetResponse
     * @param welcomed      the contact ids already welcomed (persistent)
     * @param cursor        where the consumer keeps its cursor
     */
    record Config(String campaignId, String phoneField, String senderId, int smsPerSecond, long pollDelay,
                  IdempotentRepository welcomed, StateRepository<String, String> cursor) {
    }

    private final Config config;
    private final WelcomeLedger ledger;
    private final boolean withDeadLetterRoute;

    /** The pipeline; {@code withDeadLetterRoute} is false when it is added again after a restart. */
    WelcomePipeline(Config config, WelcomeLedger ledger, boolean withDeadLetterRoute) {
        this.config = config;
        this.ledger = ledger;
        this.withDeadLetterRoute = withDeadLetterRoute;
    }

    @Override
    public void configure() {
        if (withDeadLetterRoute) {
            // in production a durable queue or table an operator works from; here the ledger
            from(direct(UNDELIVERABLE)).routeId(UNDELIVERABLE).process(e -> ledger.record(
                    e.getMessage().getBody(Contact.class).getContactId(), Outcome.UNDELIVERABLE,
                    rootMessage(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class))));
        }

        from(getresponse("contacts").campaignId(config.campaignId()).onlyNew(true).stateRepository(config.cursor())
                .initialDelay(0).delay(config.pollDelay()))
                .routeId(ROUTE_ID)
                // no redelivery: a send is never repeated; what failed goes aside with the contact as it was polled
                .errorHandler(deadLetterChannel("direct:" + UNDELIVERABLE).useOriginalMessage())
                // the key stays when the exchange fails: a dead-lettered contact may have had its SMS (Apifon gave no
                // answer), so it is not sent again by a restart; the dead letter channel is where it is dealt with
                .idempotentConsumer(simple("${body.contactId}"), config.welcomed()).removeOnFailure(false)
                .skipDuplicate(false)
                .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                    .process(e -> ledger.record(contactId(e), Outcome.DUPLICATE, "already welcomed"))
                    .stop()
                .end()
                .setHeader(GetResponseConstants.ID, simple("${body.contactId}"))
                .enrich(getresponse("contacts").operation("get"))
                .process(this::readPhone)
                .filter(exchangeProperty(PHONE).isNotNull())
                    .setProperty(TEXT, simple("Welcome to Acme, ${body.name}!"))
                    .throttle(config.smsPerSecond()).totalRequestsMode().timePeriodMillis(1000)
                    .circuitBreaker()
                        .resilience4jConfiguration()
                            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
                            .waitDurationInOpenState(60)
                        .end()
                        .setBody(exchangeProperty(TEXT))
                        .setHeader(ApifonConstants.RECIPIENTS, exchangeProperty(PHONE))
                        .to(apifon("sms").senderId(config.senderId()))
                        .setProperty(SENT_BY, constant(Outcome.APIFON))
                    .onFallback()
                        .process(WelcomePipeline::refuseWhenApifonMayHaveSent)
                        .process(WelcomePipeline::toApsisSms)
                        .to(apsis("sms"))
                        .process(WelcomePipeline::markSentByApsis)
                    .end()
                .end()
                .process(this::recordOutcome);
    }

    /** The phone custom field of the contact, digits only (international format), as the exchange property. */
    private void readPhone(Exchange exchange) {
        Contact contact = exchange.getMessage().getBody(Contact.class);
        exchange.setProperty(CONTACT_ID, contact.getContactId());
        if (contact.getCustomFieldValues() == null) {
            return;
        }
        for (CustomFieldValue field : contact.getCustomFieldValues()) {
            if (config.phoneField().equals(field.getName()) && field.getValue() != null && !field.getValue().isEmpty()) {
                exchange.setProperty(PHONE, field.getValue().get(0).replaceAll("[^0-9]", ""));
            }
        }
    }

    /**
     * No failover when Apifon may have sent the SMS (the request left, no answer came): APSIS would send a second
     * one. The exchange goes to the dead letter channel instead, for a person to check.
     */
    private static void refuseWhenApifonMayHaveSent(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure instanceof MarTechTransportException transport && transport.isMayHaveReachedVendor()) {
            throw new IllegalStateException("Apifon may have sent the SMS; not sending it again through APSIS", failure);
        }
    }

    /** APSIS's single SMS: the number with its country code, as Apifon takes it, and the same text. */
    private static void toApsisSms(Exchange exchange) {
        exchange.getMessage().setBody(Map.of("Message", exchange.getProperty(TEXT, String.class),
                "PhoneNumber", "+" + exchange.getProperty(PHONE, String.class)));
    }

    /** Without an Apifon failure the fallback ran because the circuit was open: Apifon was not called. */
    private static void markSentByApsis(Exchange exchange) {
        Object failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT);
        boolean open = failure == null || failure instanceof CallNotPermittedException;
        exchange.setProperty(SENT_BY, open ? Outcome.APSIS_CIRCUIT_OPEN : Outcome.APSIS_AFTER_FAILURE);
    }

    private void recordOutcome(Exchange exchange) {
        Outcome outcome = exchange.getProperty(SENT_BY, Outcome.class);
        Throwable apifonFailure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ledger.record(contactId(exchange), outcome == null ? Outcome.NO_PHONE : outcome,
                outcome == Outcome.APSIS_AFTER_FAILURE ? rootMessage(apifonFailure) : "");
    }

    private static String contactId(Exchange exchange) {
        String id = exchange.getProperty(CONTACT_ID, String.class);
        return id != null ? id : exchange.getMessage().getBody(Contact.class).getContactId();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? "" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
