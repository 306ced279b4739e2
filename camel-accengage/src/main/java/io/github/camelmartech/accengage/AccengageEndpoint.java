package io.github.camelmartech.accengage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechProducer;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.component.RequestOperation;
import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.paging.PageWalker;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Accengage REST API v1: every request signed, every route after the token carrying it. Modelled: {@code me},
 * campaigns (list, get; polling consumer), devices (list with {@code lastOpen}; polling consumer, only-new by
 * {@code lastOpen}); every other route through {@code request}. The vendor's route list is mostly not public, so
 * nothing beyond that is guessed.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "accengage", title = "Accengage", syntax = "accengage:resource",
             category = { Category.SAAS, Category.MOBILE }, headersClass = AccengageConstants.class)
public class AccengageEndpoint extends MarTechEndpoint {

    static final String DEFAULT_BASE_URL = "https://api.accengage.com";
    private static final AccengagePaginator PAGINATOR = new AccengagePaginator();

    @UriParam
    private AccengageConfiguration configuration;

    public AccengageEndpoint(String uri, AccengageComponent component, AccengageConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AccengageConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String vendorName() {
        return "Accengage";
    }

    @Override
    protected String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    @Override
    protected MarTechAuth createAuth() {
        Clock clock = ((AccengageComponent) getComponent()).clock();
        AccengageAuth auth = new AccengageAuth(configuration.getApiKey(), configuration.getEmail(), clock);
        auth.useTokensFrom(newClient(auth.signatureOnly(), errorDecoder()));
        return auth;
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new AccengageErrorDecoder();
    }

    @Override
    public Producer createProducer() {
        String resource = configuration.getResource();
        Operations operations = switch (resource) {
            case "me" -> Operations.forResource(resource)
                    .addDefault("get", (e, c) -> e.getMessage().setBody(c.execute(ApiRequest.get("/v1/me").build()).requireJson()))
                    .build();
            case "campaigns" -> Operations.forResource(resource)
                    .addDefault("list", (e, c) -> list(e, c, campaigns()))
                    .add("get", (e, c) -> e.getMessage().setBody(c.execute(ApiRequest.get(
                            "/v1/me/apps/{partnerId}/campaigns/{campaignId}", partnerId(), campaignId(e.getMessage()))
                            .build()).requireJson()))
                    .build();
            case "devices" -> Operations.forResource(resource)
                    .addDefault("list", (e, c) -> list(e, c, devices(lastOpen(e.getMessage()))))
                    .build();
            case "request" -> Operations.forResource(resource)
                    .addDefault("call", new RequestOperation(configuration, headers()))
                    .add("list", (e, c) -> list(e, c, pagedRequest(e.getMessage())))
                    .build();
            default -> throw new MarTechInvalidInputException("resource",
                    "must be one of me, campaigns, devices, request (not '" + resource + "')");
        };
        return new MarTechProducer(this, operations);
    }

    /** Every item of every page (up to maxPages) as a list; {@code CamelAccengagePages} says how many pages. */
    private void list(Exchange exchange, MarTechHttpClient client, ApiRequest collection) {
        PageWalker<JsonNode> walker = new PageWalker<>(client, PAGINATOR, collection, 0, configuration.getMaxPages(),
                io.github.camelmartech.support.paging.ItemType.JSON);
        List<JsonNode> items = walker.all();
        exchange.getMessage().setHeader(AccengageConstants.PAGES, walker.pagesFetched());
        exchange.getMessage().setBody(items);
    }

    /** A GET of any paginated route given to the request resource, walked like the modelled lists. */
    private ApiRequest pagedRequest(Message in) {
        String path = in.getHeader(AccengageConstants.PATH, configuration.getPath(), String.class);
        if (path == null || !path.startsWith("/")) {
            throw new MarTechInvalidInputException("path", "is required and must start with / (option path or header "
                                                           + AccengageConstants.PATH + ")");
        }
        ApiRequest.Builder request = ApiRequest.link("GET", path);
        java.util.Map<?, ?> query = in.getHeader(AccengageConstants.QUERY, java.util.Map.class);
        if (query != null) {
            query.forEach((k, v) -> request.query(k.toString(), v));
        }
        return request.build();
    }

    private ApiRequest campaigns() {
        return ApiRequest.get("/v1/me/apps/{partnerId}/campaigns", partnerId()).build();
    }

    private ApiRequest devices(String lastOpen) {
        return ApiRequest.get("/v1/me/apps/{partnerId}/devices", partnerId()).query("lastOpen", lastOpen).build();
    }

    private String partnerId() {
        String id = configuration.getPartnerId();
        if (id == null || id.isBlank()) {
            throw new MarTechInvalidInputException("partnerId", "is required for the /v1/me/apps routes");
        }
        return id;
    }

    private String campaignId(Message in) {
        String id = in.getHeader(AccengageConstants.CAMPAIGN_ID, configuration.getCampaignId(), String.class);
        if (id == null || id.isBlank()) {
            throw new MarTechInvalidInputException("campaignId", "is required for campaigns get (option or header "
                                                                 + AccengageConstants.CAMPAIGN_ID + ")");
        }
        return id;
    }

    private String lastOpen(Message in) {
        String date = in.getHeader(AccengageConstants.LAST_OPEN, configuration.getLastOpen(), String.class);
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new MarTechInvalidInputException("lastOpen", "must be a date YYYY-MM-DD, not '" + date + "'");
            }
        }
        return date;
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        PolledCollection<JsonNode> collection = switch (configuration.getResource()) {
            case "campaigns" -> new Collection(campaigns(), false);
            case "devices" -> new Collection(null, true);
            default -> throw new MarTechInvalidInputException("resource", "can be polled for campaigns and devices only");
        };
        MarTechPollingConsumer<JsonNode> consumer = new MarTechPollingConsumer<>(this, processor, collection,
                (exchange, item) -> exchange.getMessage().setBody(item));
        configureConsumer(consumer);
        return consumer;
    }

    /** Campaigns by id; devices by id with their lastOpen as watermark, asked for with the lastOpen filter. */
    private final class Collection implements PolledCollection<JsonNode> {
        private final ApiRequest request;
        private final boolean devices;

        Collection(ApiRequest request, boolean devices) {
            this.request = request;
            this.devices = devices;
        }

        @Override
        public Iterator<List<JsonNode>> pages(Instant since) {
            ApiRequest collection = devices
                    ? devices(since != null ? LocalDate.ofInstant(since, ZoneOffset.UTC).toString() : configuration.getLastOpen())
                    : request;
            PageWalker<JsonNode> walker = new PageWalker<>(getClient(), PAGINATOR, collection, 0,
                    configuration.getMaxPages(), io.github.camelmartech.support.paging.ItemType.JSON);
            return walker.pageItems();
        }

        @Override
        public String idOf(JsonNode item) {
            for (String field : List.of("id", "deviceId", "udid", "campaignId")) {
                if (item.hasNonNull(field)) {
                    return item.get(field).asText();
                }
            }
            return item.toString();
        }

        @Override
        public Instant watermarkOf(JsonNode item) {
            if (!devices || !item.hasNonNull("lastOpen")) {
                return null;
            }
            String value = item.get("lastOpen").asText();
            try {
                return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        public boolean hasWatermark() {
            return devices;
        }
    }
}
