package io.github.camelmartech.benchmarks;

import java.util.List;

import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.http.MarTechHttpClients;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.impl.engine.PooledProcessorExchangeFactory;

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
    static final String CONTACTS_PATH = "/v3/contacts";
    /** GetResponse's largest page. */
    static final int CONTACTS_PER_PAGE = 1000;
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

    /**
     * A Camel context with the given exchange factory: {@code prototype} (Camel's default, a new exchange per
     * message) or {@code pooled} (what {@code camel.main.exchangeFactory=pooled} sets: exchanges reused by consumers).
     */
    static CamelContext camelContext(String exchangeFactory) {
        DefaultCamelContext camel = new DefaultCamelContext();
        switch (exchangeFactory) {
            case "prototype" -> {
                // Camel's default
            }
            case "pooled" -> {
                camel.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
                camel.getCamelContextExtension().setProcessorExchangeFactory(new PooledProcessorExchangeFactory());
            }
            default -> throw new IllegalArgumentException("exchangeFactory: prototype or pooled, not " + exchangeFactory);
        }
        return camel;
    }

    static String listId(int items) {
        return "L" + items;
    }

    static String apifonUri(String resource, String baseUrl, String options) {
        return "apifon:" + resource + "?apiToken=" + TOKEN + "&apiSecret=" + SECRET + "&baseUrl=" + baseUrl + options;
    }
}
