package io.github.camelmartech.apifon;

import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelmartech.apifon.model.BlockRequest;
import io.github.camelmartech.apifon.model.Bounce;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;

/**
 * The {@code bounces} resource, Apifon's bounce (block) list: {@code list} (default, one page), {@code get},
 * {@code block}, {@code unblock}. get and unblock take the destination from the header
 * {@code CamelApifonDestination} or a String body.
 */
final class BounceOperations {

    static final String BOUNCES = ApifonBodies.API + "/bounce/subscriber";
    static final TypeReference<PageResult<Bounce>> PAGE = new TypeReference<>() {
    };
    static final Set<String> REASONS = Set.of("other", "not_delivering", "sub_deleted", "sub_requested", "sub_invalid");

    private final ApifonConfiguration configuration;

    BounceOperations(ApifonConfiguration configuration) {
        this.configuration = configuration;
    }

    Operations operations() {
        return Operations.forResource("bounces")
                .addDefault("list", this::list)
                .add("get", (exchange, client) -> {
                    ApiRequest.Builder request = ApiRequest.get(BOUNCES + "/{destination}", destination(exchange));
                    ApifonBodies.query(exchange, request, 0);
                    ApifonBodies.result(exchange, client.execute(request.build()), Bounce.class);
                })
                .add("block", this::block)
                .add("unblock", (exchange, client) -> ApifonBodies.written(exchange, client.execute(
                        ApiRequest.delete(BOUNCES + "/unblock/{destination}", destination(exchange)).build())))
                .build();
    }

    private static String destination(Exchange exchange) {
        String destination = exchange.getMessage().getHeader(ApifonConstants.DESTINATION, String.class);
        if (destination == null && exchange.getMessage().getBody() instanceof String body) {
            destination = body.trim();
        }
        return ApifonValidation.required("destination", destination);
    }

    void list(Exchange exchange, MarTechHttpClient client) {
        ApiRequest.Builder request = ApiRequest.get(BOUNCES);
        ApifonBodies.query(exchange, request, configuration.getPageSize());
        ApiResponse response = client.execute(request.build());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        exchange.getMessage().setBody(response.as(MarTechJson.mapper().getTypeFactory().constructType(PAGE)));
    }

    void block(Exchange exchange, MarTechHttpClient client) {
        BlockRequest block = ApifonBodies.required(exchange, BlockRequest.class);
        ApifonValidation.required("destination", block.getDestination());
        ApifonValidation.oneOf("reason", block.getReason(), REASONS, true);
        ApifonBodies.written(exchange, client.execute(ApiRequest.post(BOUNCES + "/block").jsonBody(block).build()));
    }
}
