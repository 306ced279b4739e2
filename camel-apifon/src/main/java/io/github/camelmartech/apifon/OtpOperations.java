package io.github.camelmartech.apifon;

import io.github.camelmartech.apifon.model.OtpRequest;
import io.github.camelmartech.apifon.model.OtpResponse;
import io.github.camelmartech.apifon.model.OtpVerifyResult;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;

/**
 * The {@code otp} resource: {@code create} (default) sends a generated code to a subscriber, {@code verify} checks
 * the code a user typed. A verification that fails (expired, wrong, already used) is a result with an
 * {@link io.github.camelmartech.apifon.model.OtpStatus}, not an exception, although Apifon answers it with 403.
 */
final class OtpOperations {

    private final ApifonConfiguration configuration;

    OtpOperations(ApifonConfiguration configuration) {
        this.configuration = configuration;
    }

    Operations operations() {
        return Operations.forResource("otp")
                .addDefault("create", this::create)
                .add("verify", this::verify)
                .build();
    }

    /** A plain String body is the subscriber number, with the reference id in the header. */
    void create(Exchange exchange, MarTechHttpClient client) {
        Object body = exchange.getMessage().getBody();
        OtpRequest request;
        request = body instanceof String text ? ApifonBodies.requestIn(text, OtpRequest.class) : null;
        if (request == null && body instanceof String number) {
            request = new OtpRequest();
            request.setSubscriber(number.trim());
        } else if (request == null) {
            request = ApifonBodies.required(exchange, OtpRequest.class);
        }
        if (request.getSubscriber() != null) {
            request.setSubscriber(ApifonValidation.internationalNumber(request.getSubscriber()));
        }
        if (request.getReferenceId() == null) {
            request.setReferenceId(exchange.getMessage().getHeader(ApifonConstants.REFERENCE_ID, String.class));
        }
        if (request.getCallbackUrl() == null) {
            request.setCallbackUrl(configuration.getCallbackUrl());
        }
        if (request.getMessage() != null && request.getMessage().getSenderId() == null) {
            request.getMessage().setSenderId(ApifonBodies.header(exchange, ApifonConstants.SENDER_ID,
                    configuration.getSenderId()));
        }
        ApifonValidation.otp(request);
        ApiResponse response = client.execute(ApiRequest.post(ApifonBodies.API + "/otp/create").jsonBody(request).build());
        OtpResponse result = ApifonBodies.result(exchange, response, OtpResponse.class);
        exchange.getMessage().setHeader(ApifonConstants.REQUEST_ID, result.getRequestId());
        exchange.getMessage().setHeader(ApifonConstants.REFERENCE_ID, result.getReferenceId());
    }

    /** The reference id comes from the header; the code from the header, else the String body. */
    void verify(Exchange exchange, MarTechHttpClient client) {
        String reference = ApifonValidation.required("reference_id",
                exchange.getMessage().getHeader(ApifonConstants.REFERENCE_ID, String.class));
        String code = exchange.getMessage().getHeader(ApifonConstants.OTP_CODE, String.class);
        if (code == null && exchange.getMessage().getBody() instanceof String text) {
            code = text.trim();
        }
        ApifonValidation.required("apifon_otp", code);
        // no body: the SDKs sign an empty string; not marked idempotent, a verification consumes the code. Apifon
        // answers a wrong, expired or used code with 403 and the outcome in result_info: a result of this call.
        ApiResponse response = client.execute(ApiRequest.post(ApifonBodies.API + "/otp/verify/{reference_id}/{apifon_otp}",
                reference, code).header("Content-Type", "application/json").resultStatus(403).build());
        OtpVerifyResult result = ApifonBodies.result(exchange, response, OtpVerifyResult.class);
        exchange.getMessage().setHeader(ApifonConstants.REQUEST_ID, result.getRequestId());
        exchange.getMessage().setHeader(ApifonConstants.OTP_STATUS, result.getStatus());
    }
}
