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

    /**
     * The recipients of the header, else of the option, in international form; a bad number is named with where it
     * came from.
     */
    protected List<Recipient> defaultRecipients(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(ApifonConstants.RECIPIENTS);
        String source = header != null ? "(header " + ApifonConstants.RECIPIENTS + ")" : "(option recipients)";
        List<String> numbers = ApifonBodies.list(header != null ? header : configuration.getRecipients());
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Recipient r = new Recipient();
            r.setNumber(ApifonValidation.internationalNumber(numbers.get(i)));
            ApifonValidation.msisdn("recipients[" + i + "] " + source, r.getNumber());
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
        } else {
            for (Recipient r : request.getSubscribers()) {
                if (r != null && r.getNumber() != null) {
                    r.setNumber(ApifonValidation.internationalNumber(r.getNumber()));
                }
            }
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
        RemoveRequest request = body instanceof String text ? ApifonBodies.requestIn(text, RemoveRequest.class) : null;
        if (request == null && body instanceof String id) {
            request = new RemoveRequest();
            request.setId(id.trim());
            request.setField("REQUEST_ID");
        } else if (request == null) {
            request = ApifonBodies.required(exchange, RemoveRequest.class);
        }
        ApifonValidation.remove(request);
        ApiResponse response = client.execute(ApiRequest.post(path).jsonBody(request).build());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        // Apifon answers with a bare integer: the number of messages removed
        exchange.getMessage().setBody(response.hasBody() ? response.requireJson().asInt() : null);
    }
}
