package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.model.SmsMessageRequest;
import io.github.camelmartech.apsis.model.SmsRequest;
import io.github.camelmartech.apsis.model.SmsSendRequest;

import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code sms} resource (SmsService). */
final class SmsMethods {

    static final String RESOURCE = "sms";
    static final String DEFAULT = "send";

    private SmsMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                post("send", "/sms/v2/").model(SmsRequest.class, s -> {
                    ApsisValidation.required("Message", s.getMessage());
                    ApsisValidation.required("PhoneNumber", s.getPhoneNumber());
                }),
                post("sendToMailingLists", "/v1/sms/send").model(SmsSendRequest.class, s -> {
                    ApsisValidation.required("SmsMessageId", s.getSmsMessageId());
                    ApsisValidation.required("MailingListIds", s.getMailingListIds());
                    ApsisValidation.maxLength("CampaignId", s.getCampaignId(), 50);
                }),
                get("messages", "/v1/sms/messages"),
                post("createMessage", "/v1/sms/messages").model(SmsMessageRequest.class, m -> {
                    ApsisValidation.required("Name", m.getName());
                    ApsisValidation.required("Text", m.getText());
                }),
                get("credits", "/sms/v2/credits"),
                get("recipients", "/sms/v2/recipients/{sendQueueId}"),
                get("incoming", "/sms/v2/incoming-sms-messages").query("to-number", "toNumber")
                        .query("from", "dateFrom").query("to", "dateTo"));
    }
}
