package io.github.camelmartech.sandbox.accengage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/** The campaigns of each app, in the order they were seeded, as JSON records. */
final class AccengageCampaigns {

    private final AccengageApps apps;
    private final Supplier<String> baseUrl;
    private final Map<String, Map<String, ObjectNode>> byApp = new LinkedHashMap<>();
    private int lastId;

    AccengageCampaigns(AccengageApps apps, Supplier<String> baseUrl) {
        this.apps = apps;
        this.baseUrl = baseUrl;
    }

    synchronized String add(String partnerId, JsonNode campaign) {
        if (!campaign.isObject()) {
            throw new IllegalArgumentException("a campaign is a JSON object");
        }
        ObjectNode record = (ObjectNode) campaign.deepCopy();
        if (!record.hasNonNull("id")) {
            record.put("id", ++lastId);
        }
        String id = record.get("id").asText();
        byApp.computeIfAbsent(apps.known(partnerId), p -> new LinkedHashMap<>()).put(id, record);
        return id;
    }

    /** {@code {"campaigns":[...],"links":{...}}} and the {@code Link} header. */
    synchronized SimResponse page(SimRequest request, int pageSize) {
        List<ObjectNode> all = new ArrayList<>(campaigns(apps.of(request)).values());
        AccengagePages.Page<ObjectNode> page = AccengagePages.cut(request, baseUrl.get(), all, pageSize);
        ObjectNode body = SimJson.object();
        page.items().forEach(body.putArray("campaigns")::add);
        body.set("links", page.links());
        return page.withLinkHeader(SimResponse.json(200, body));
    }

    synchronized SimResponse get(SimRequest request) {
        ObjectNode campaign = campaigns(apps.of(request)).get(request.pathParameter("campaignId"));
        if (campaign == null) {
            // INFERRED: the only documented 404 label is API_ERR_UNKNOW_ROUTE
            throw SimulatorException.notFound("campaign " + request.pathParameter("campaignId"));
        }
        return SimResponse.json(200, campaign);
    }

    synchronized void clear() {
        byApp.clear();
        lastId = 0;
    }

    private Map<String, ObjectNode> campaigns(String partnerId) {
        return byApp.getOrDefault(partnerId, Map.of());
    }
}
