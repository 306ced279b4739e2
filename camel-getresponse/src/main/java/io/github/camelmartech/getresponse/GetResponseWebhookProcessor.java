package io.github.camelmartech.getresponse;

import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import io.github.camelmartech.support.webhook.QueryCallbackProcessor;

/**
 * GetResponse calls a callback URL with GET and query parameters; its app webhooks POST JSON. Both go through the
 * shared webhook checks, a GET as the JSON object of its parameters ({@link QueryCallbackProcessor}).
 */
final class GetResponseWebhookProcessor extends QueryCallbackProcessor {

    GetResponseWebhookProcessor(MarTechWebhookProcessor<?> delegate, String secretParameter) {
        super(delegate, secretParameter);
    }
}
