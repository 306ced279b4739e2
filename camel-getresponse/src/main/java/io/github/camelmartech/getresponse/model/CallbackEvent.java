package io.github.camelmartech.getresponse.model;

import java.util.Map;

import io.github.camelmartech.support.json.MarTechModel;

/**
 * One GetResponse notification: a legacy callback registered through {@code /accounts/callbacks} (a GET with query
 * parameters such as {@code action}, {@code CAMPAIGN_ID}, {@code CONTACT_ID}, {@code contact_email}) or a webhook
 * configured in the app (a JSON POST with {@code type}, {@code contact}, {@code message}, {@code event}).
 *
 * @param action       subscribe, unsubscribe, open, click, goal, survey; or the webhook type
 *                     (e.g. contact_opened_message)
 * @param accountId    the account
 * @param campaignId   the campaign (list)
 * @param contactId    the contact
 * @param contactEmail the contact's email
 * @param contactName  the contact's name
 * @param messageId    the message opened or clicked, when any
 * @param occurredAt   when it happened, when GetResponse says (webhooks)
 * @param data         every parameter or field as received
 */
public record CallbackEvent(String action, String accountId, String campaignId, String contactId, String contactEmail,
                            String contactName, String messageId, String occurredAt, Map<String, Object> data) implements MarTechModel {
}
