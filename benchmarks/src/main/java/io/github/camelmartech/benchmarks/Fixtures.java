package io.github.camelmartech.benchmarks;

import java.util.List;

import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.http.MarTechHttpClients;

/** What every benchmark sends: the same credentials, sender, recipient and text. */
final class Fixtures {

    static final String TOKEN = "5b5a6ca0deb4bdba5bab";
    static final String SECRET = "secret123";
    static final String SENDER = "Apifon";
    static final String NUMBER = "306999999999";
    static final String TEXT = "Hello There!";
    static final String SEND_PATH = "/services/api/v1/sms/send";
    static final String SUBSCRIBERS_PATH = "/services/api/v1/list/%s/subscriber";
    static final int PAGE_SIZE = 200;
    /** The component's default pool size (maxConnections); the baselines get the same. */
    static final int POOL_SIZE = 20;
    /** The User-Agent the component sends; the baselines send it too so the requests are byte-identical. */
    static final String USER_AGENT = MarTechHttpClients.userAgent();

    private Fixtures() {
    }

    /** The SMS request the component builds from a text body and the senderId/recipients options. */
    static SmsRequest smsRequest(String text) {
        Message message = new Message();
        message.setText(text);
        message.setSenderId(SENDER);
        Recipient recipient = new Recipient();
        recipient.setNumber(NUMBER);
        SmsRequest request = new SmsRequest();
        request.setMessage(message);
        request.setSubscribers(List.of(recipient));
        return request;
    }

    static String listId(int items) {
        return "L" + items;
    }

    static String apifonUri(String resource, String baseUrl, String options) {
        return "apifon:" + resource + "?apiToken=" + TOKEN + "&apiSecret=" + SECRET + "&baseUrl=" + baseUrl + options;
    }
}
