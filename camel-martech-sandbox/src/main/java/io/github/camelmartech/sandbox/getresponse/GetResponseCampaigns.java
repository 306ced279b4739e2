package io.github.camelmartech.sandbox.getresponse;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Campaigns, GetResponse's contact lists: create (201, the campaign), get, partial update, list (filters
 * {@code name}, {@code isDefault}; sorts {@code name}, {@code createdOn}). Names are 3-64 characters without
 * {@code / \ @ [ ]} and unique in the account (409, 1008). An account always has one default campaign; campaigns
 * cannot be deleted through the API.
 */
final class GetResponseCampaigns {

    static final String DEFAULT_NAME = "sandbox_default";

    private static final Pattern NAME = Pattern.compile("^[^/\\\\@\\[\\]]{3,64}$");
    private static final Set<String> OPTIN = Set.of("single", "double");
    private static final GetResponseListQuery.Spec SPEC = new GetResponseListQuery.Spec(
            Map.of("name", "name", "isDefault", "isDefault"), Set.of("name"), Set.of(),
            Map.of("name", "name", "createdOn", "createdOn"));

    private final Map<String, ObjectNode> campaigns = new LinkedHashMap<>();
    private final GetResponseIds ids;
    private final SimClock clock;
    private final Supplier<String> apiUrl;

    GetResponseCampaigns(GetResponseIds ids, Clock clock, Supplier<String> apiUrl) {
        this.ids = ids;
        this.clock = new SimClock(clock);
        this.apiUrl = apiUrl;
    }

    SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String name = name(body);
        unique(name, null);
        ObjectNode campaign = newCampaign(name, false);
        apply(campaign, body);
        campaigns.put(campaign.path("campaignId").asText(), campaign);
        return SimResponse.json(201, GetResponseView.of(request, "campaignId").write(campaign));
    }

    SimResponse get(SimRequest request) {
        return SimResponse.json(200, GetResponseView.of(request, "campaignId").write(find(request.pathParameter("campaignId"))));
    }

    /** Only the keys sent change; a refused update changes nothing. */
    SimResponse update(SimRequest request) {
        ObjectNode campaign = find(request.pathParameter("campaignId")).deepCopy();
        JsonNode body = request.json();
        if (body.has("name")) {
            String name = name(body);
            unique(name, campaign.path("campaignId").asText());
            campaign.put("name", name).put("techName", techName(name));
        }
        apply(campaign, body);
        campaigns.put(campaign.path("campaignId").asText(), campaign);
        return SimResponse.json(200, GetResponseView.of(request, "campaignId").write(campaign));
    }

    SimResponse list(SimRequest request) {
        GetResponseView view = GetResponseView.of(request, "campaignId");
        return GetResponseListQuery.parse(request, SPEC, view.zone()).answer(campaigns.values(), view);
    }

    /** The campaign, or 404 1013. */
    ObjectNode find(String campaignId) {
        ObjectNode campaign = campaigns.get(campaignId);
        if (campaign == null) {
            throw GetResponseErrors.notFound("campaign " + campaignId);
        }
        return campaign;
    }

    Optional<ObjectNode> byId(String campaignId) {
        return Optional.ofNullable(campaignId == null ? null : campaigns.get(campaignId));
    }

    /** The reference a contact carries: {@code {campaignId, href, name}}. */
    ObjectNode reference(ObjectNode campaign) {
        return SimJson.object().put("campaignId", campaign.path("campaignId").asText())
                .put("href", campaign.path("href").asText()).put("name", campaign.path("name").asText());
    }

    void clear() {
        campaigns.clear();
        ObjectNode campaign = newCampaign(DEFAULT_NAME, true);
        campaigns.put(campaign.path("campaignId").asText(), campaign);
    }

    private ObjectNode newCampaign(String name, boolean isDefault) {
        String id = ids.next(5);
        ObjectNode campaign = SimJson.object().put("campaignId", id).put("href", apiUrl.get() + "/campaigns/" + id)
                .put("name", name).put("techName", techName(name)).put("languageCode", "EN")
                .put("isDefault", Boolean.toString(isDefault)).put("description", (String) null)
                .put("createdOn", GetResponseDates.format(clock.nextInstant(), ZoneOffset.UTC));
        ObjectNode optin = campaign.putObject("optinTypes");
        for (String kind : new String[] {"email", "api", "import", "webform"}) {
            optin.put(kind, "single");
        }
        campaigns.put(id, campaign);
        return campaign;
    }

    private void apply(ObjectNode campaign, JsonNode body) {
        if (body.hasNonNull("languageCode")) {
            campaign.put("languageCode", body.get("languageCode").asText().toUpperCase(Locale.ROOT));
        }
        if (body.has("description")) {
            campaign.put("description", SimJson.text(body, "description"));
        }
        JsonNode optin = body.path("optinTypes");
        optin.fieldNames().forEachRemaining(kind -> {
            if (!campaign.path("optinTypes").has(kind) || !OPTIN.contains(optin.get(kind).asText())) {
                throw GetResponseErrors.validation("optinTypes." + kind, "must be single or double for email, api,"
                        + " import or webform");
            }
            ((ObjectNode) campaign.get("optinTypes")).put(kind, optin.get(kind).asText());
        });
    }

    private static String name(JsonNode body) {
        String name = SimJson.text(body, "name");
        if (name == null || name.isBlank()) {
            throw GetResponseErrors.validation("name", "is required");
        }
        if (!NAME.matcher(name).matches()) {
            throw GetResponseErrors.validation("name", "must be 3-64 characters without / \\ @ [ ]");
        }
        return name;
    }

    /** Names are unique in the account, whatever their case. */
    private void unique(String name, String exceptId) {
        if (campaigns.values().stream().anyMatch(c -> c.path("name").asText().equalsIgnoreCase(name)
                && !c.path("campaignId").asText().equals(exceptId))) {
            throw GetResponseErrors.duplicate("name", "a campaign named " + name + " already exists");
        }
    }

    private static String techName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
