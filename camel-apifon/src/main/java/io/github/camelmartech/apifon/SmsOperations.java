package io.github.camelmartech.apifon;

import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;

/**
 * The {@code sms} resource: {@code send} (default) and {@code remove} (scheduled messages). A plain String body
 * is the text, sent to the recipients of the header or option from the sender of the header or option; a
 * SmsRequest, Map or JSON body is the complete request (per-recipient params, landing pages, schedule, ...).
 */
final class SmsOperations extends GatewayOperations {

    SmsOperations(ApifonConfiguration configuration) {
        super(configuration);
    }

    Operations operations() {
        return Operations.forResource("sms")
                .addDefault("send", this::send)
                .add("remove", (exchange, client) -> remove(exchange, client, ApifonBodies.API + "/sms/remove"))
                .build();
    }

    void send(Exchange exchange, MarTechHttpClient client) {
        SmsRequest request = request(exchange);
        ApifonValidation.sms(request);
        send(exchange, client, ApifonBodies.API + "/sms/send", request);
    }

    SmsRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        SmsRequest request = body instanceof String text ? ApifonBodies.requestIn(text, SmsRequest.class) : null;
        if (request == null && body instanceof String text) {
            request = new SmsRequest();
            Message message = new Message();
            message.setText(text);
            request.setMessage(message);
        } else if (request == null) {
            request = ApifonBodies.required(exchange, SmsRequest.class);
        }
        if (request.getMessage() == null) {
            request.setMessage(new Message());
        }
        applyDefaults(exchange, request.getMessage());
        applyRequestDefaults(exchange, request);
        return request;
    }
}
