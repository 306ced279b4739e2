package io.github.camelmartech.getresponse;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.model.CallbackEvent;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.webhook.WebhookItems;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static io.github.camelmartech.support.json.MarTechJson.text;

/**
 * GetResponse's notifications as typed events: legacy callbacks (query parameters, turned into a JSON object by
 * {@link GetResponseWebhookProcessor}; the {@code *_ID} names are case-sensitive) and app webhooks (JSON with
 * {@code type}, one event per object, or an array of them).
 */
final class GetResponseCallbacks implements WebhookItems<CallbackEvent> {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    @Override
    public List<CallbackEvent> items(JsonNode body) {
        if (body == null || !body.isArray()) {
            return List.of(event(body));
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no event");
        }
        return StreamSupport.stream(body.spliterator(), false).map(GetResponseCallbacks::event).toList();
    }

    private static CallbackEvent event(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an event must be a JSON object");
        }
        Map<String, Object> data = Collections.unmodifiableMap(MarTechJson.mapper().convertValue(node, MAP));
        if (node.hasNonNull("action")) {
            return new CallbackEvent(text(node, "action"), text(node, "ACCOUNT_ID"), text(node, "CAMPAIGN_ID"),
                    text(node, "CONTACT_ID"), text(node, "contact_email"), text(node, "contact_name"),
                    text(node, "MESSAGE_ID"), null, data);
        }
        if (node.hasNonNull("type")) {
            JsonNode contact = node.path("contact");
            return new CallbackEvent(text(node, "type"), text(node.path("account"), "accountId"),
                    text(contact.path("campaign"), "campaignId"), text(contact, "contactId"), text(contact, "email"),
                    text(contact, "name"), text(node.path("message"), "resourceId"),
                    text(node.path("event"), "occurredAt"), data);
        }
        throw new IllegalArgumentException("neither a callback (action) nor a webhook (type)");
    }

    @Override
    public void populate(Exchange exchange, CallbackEvent event) {
        Message m = exchange.getMessage();
        m.setBody(event);
        m.setHeader(GetResponseConstants.ACTION, event.action());
        m.setHeader(GetResponseConstants.ID, event.contactId());
        m.setHeader(GetResponseConstants.CAMPAIGN_ID, event.campaignId());
    }
}
