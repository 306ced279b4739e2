package io.github.camelmartech.apifon;

import java.util.List;

import io.github.camelmartech.apifon.model.ImChannel;
import io.github.camelmartech.apifon.model.ImRequest;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;

/**
 * The {@code im} resource (Viber): {@code send} (default) and {@code remove}. A plain String body is the text of a
 * single channel (sender from the header or option, else the token's); an ImRequest, Map or JSON body is the
 * complete request (channels with images and actions, SMS fallback message, reply URL, schedule).
 */
final class ImOperations extends GatewayOperations {

    ImOperations(ApifonConfiguration configuration) {
        super(configuration);
    }

    Operations operations() {
        return Operations.forResource("im")
                .addDefault("send", this::send)
                .add("remove", (exchange, client) -> remove(exchange, client, ApifonBodies.API + "/im/remove"))
                .build();
    }

    void send(Exchange exchange, MarTechHttpClient client) {
        Object body = exchange.getMessage().getBody();
        ImRequest request = body instanceof String text ? ApifonBodies.requestIn(text, ImRequest.class) : null;
        if (request == null && body instanceof String text) {
            request = new ImRequest();
            ImChannel channel = new ImChannel();
            channel.setText(text);
            channel.setSenderId(senderId(exchange));
            request.setImChannels(List.of(channel));
        } else if (request == null) {
            request = ApifonBodies.required(exchange, ImRequest.class);
        }
        applyRequestDefaults(exchange, request);
        Message fallback = request.getMessage();
        if (fallback != null && !ApifonValidation.isEmpty(fallback)) {
            // the SMS sent when Viber cannot deliver: the same sender and data coding defaults as an SMS
            applyDefaults(exchange, fallback);
        }
        ApifonValidation.im(request);
        send(exchange, client, ApifonBodies.API + "/im/send", request);
    }
}
