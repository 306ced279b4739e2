package io.github.camelmartech.getresponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    @Override
    public List<CallbackEvent> items(JsonNode body) {
        List<CallbackEvent> events = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(node -> events.add(event(node)));
        } else {
            events.add(event(body));
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no event");
        }
        return events;
    }

    private static CallbackEvent event(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an event must be a JSON object");
        }
        Map<String, Object> data = plain(node);
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(JsonNode node) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                MarTechJson.mapper().convertValue((ObjectNode) node, Map.class)));
    }
}
