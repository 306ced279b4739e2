package io.github.camelmartech.apifon;

import java.util.ArrayList;
import java.util.List;

import io.github.camelmartech.apifon.model.GatewayRequest;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.RemoveRequest;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;

/** What SMS and IM sends share: recipients and defaults from headers and options, the result, and removal. */
abstract class GatewayOperations {

    protected final ApifonConfiguration configuration;

    GatewayOperations(ApifonConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The recipients of the header, else of the option. */
    protected List<Recipient> defaultRecipients(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(ApifonConstants.RECIPIENTS);
        List<Recipient> recipients = new ArrayList<>();
        for (String number : ApifonBodies.list(header != null ? header : configuration.getRecipients())) {
            Recipient r = new Recipient();
            r.setNumber(number);
            recipients.add(r);
        }
        return recipients;
    }

    protected String senderId(Exchange exchange) {
        return ApifonBodies.header(exchange, ApifonConstants.SENDER_ID, configuration.getSenderId());
    }

    /** Fills what the message leaves out from the header and options. */
    protected void applyDefaults(Exchange exchange, Message message) {
        if (message.getSenderId() == null) {
            message.setSenderId(senderId(exchange));
        }
        if (message.getDc() == null) {
            message.setDc(configuration.getDc());
        }
    }

    /** Fills what the send leaves out: recipients from the header or option, reference id, callback URL. */
    protected void applyRequestDefaults(Exchange exchange, GatewayRequest request) {
        if (request.getSubscribers() == null || request.getSubscribers().isEmpty()) {
            request.setSubscribers(defaultRecipients(exchange));
        }
        if (request.getReferenceId() == null) {
            request.setReferenceId(exchange.getMessage().getHeader(ApifonConstants.REFERENCE_ID, String.class));
        }
        if (request.getCallbackUrl() == null) {
            request.setCallbackUrl(configuration.getCallbackUrl());
        }
    }

    /** Sends (never retried after it may have reached Apifon: a send is not idempotent) and sets the typed result. */
    protected void send(Exchange exchange, MarTechHttpClient client, String path, Object request) {
        ApiResponse response = client.execute(ApiRequest.post(path).jsonBody(request).build());
        SendResponse result = ApifonBodies.result(exchange, response, SendResponse.class);
        exchange.getMessage().setHeader(ApifonConstants.REQUEST_ID, result.getRequestId());
        exchange.getMessage().setHeader(ApifonConstants.MESSAGE_IDS, result.messageIds());
    }

    /** Removes scheduled messages: the body is a RemoveRequest (Map, JSON) or a request id String. */
    protected void remove(Exchange exchange, MarTechHttpClient client, String path) {
        Object body = exchange.getMessage().getBody();
        RemoveRequest request;
        if (body instanceof String id && !ApifonBodies.isJsonObject(id)) {
            request = new RemoveRequest();
            request.setId(id.trim());
            request.setField("REQUEST_ID");
        } else {
            request = ApifonBodies.required(exchange, RemoveRequest.class);
        }
        ApifonValidation.remove(request);
        ApiResponse response = client.execute(ApiRequest.post(path).jsonBody(request).build());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        // Apifon answers with a bare integer: the number of messages removed
        exchange.getMessage().setBody(response.hasBody() ? response.requireJson().asInt() : null);
    }
}
