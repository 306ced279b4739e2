package io.github.camelmartech.apifon.model;

import io.github.camelmartech.support.json.MarTechModel;

/** What one exchange of the callbacks consumer carries: a delivery report, an SMS reply or an IM reply. */
public sealed interface ApifonCallback extends MarTechModel permits DeliveryReport, SmsReply, ImReply {

    /** DELIVERY_REPORT, SMS_REPLY or IM_REPLY. */
    String callbackType();

    /** The message the callback is about (the reply's own id for replies). */
    String messageId();
}
