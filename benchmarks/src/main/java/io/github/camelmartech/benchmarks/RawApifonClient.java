package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelmartech.apifon.ApifonHmacAuth;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.apifon.model.SendResponse;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Baseline 1, the floor: Apache HttpClient 5 (pooled, keep-alive), the component's own HMAC signer, and Jackson
 * binding straight from the response stream. No Camel, no retries, no validation.
 */
final class RawApifonClient implements AutoCloseable {

    private static final ContentType JSON = ContentType.parse("application/json");

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final JavaType pageType = mapper.getTypeFactory().constructType(new TypeReference<PageResult<ListSubscriber>>() {
    });
    private final CloseableHttpClient http;
    private final String baseUrl;
    private final URI sendUri;

    RawApifonClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.sendUri = URI.create(baseUrl + Fixtures.SEND_PATH);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(Fixtures.POOL_SIZE).setMaxConnPerRoute(Fixtures.POOL_SIZE).build())
                .setUserAgent(Fixtures.USER_AGENT)
                .build();
    }

    /** Sends the SMS: serialize once, sign those bytes, post them, bind the answer. */
    SendResponse send(String text) throws IOException {
        byte[] json = mapper.writeValueAsBytes(Fixtures.smsRequest(text));
        HttpPost post = new HttpPost(sendUri);
        sign(post, "POST", Fixtures.SEND_PATH, new String(json, StandardCharsets.UTF_8));
        post.setEntity(new ByteArrayEntity(json, JSON));
        return http.execute(post, response -> read(response, SendResponse.class));
    }

    /** Walks the list's subscribers page by page, following links.next; returns how many items it saw. */
    int walk(String listId, Consumer<ListSubscriber> sink) throws IOException {
        String target = String.format(Fixtures.SUBSCRIBERS_PATH, listId) + "?size=" + Fixtures.PAGE_SIZE;
        int count = 0;
        while (target != null) {
            HttpGet get = new HttpGet(baseUrl + target);
            int q = target.indexOf('?');
            sign(get, "GET", q < 0 ? target : target.substring(0, q), "");
            PageResult<ListSubscriber> page = http.execute(get, response -> read(response, pageType));
            if (page.getResults() == null || page.getResults().isEmpty()) {
                break;
            }
            for (ListSubscriber item : page.getResults()) {
                sink.accept(item);
                count++;
            }
            String next = page.getLinks() == null ? null : page.getLinks().getNext();
            if (next == null || next.isBlank()) {
                target = null;
            } else {
                URI uri = URI.create(next);
                target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        return count;
    }

    private static void sign(HttpUriRequestBase request, String method, String path, String body) {
        String date = ApifonHmacAuth.DATE_FORMAT.format(Instant.now());
        request.setHeader(ApifonHmacAuth.DATE_HEADER, date);
        request.setHeader("Authorization", "ApifonWS " + Fixtures.TOKEN + ":"
                                           + ApifonHmacAuth.sign(Fixtures.SECRET, method, path, body, date));
    }

    private <T> T read(ClassicHttpResponse response, Class<T> type) throws IOException {
        return read(response, mapper.getTypeFactory().constructType(type));
    }

    private <T> T read(ClassicHttpResponse response, JavaType type) throws IOException {
        if (response.getCode() != 200) {
            byte[] bytes = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            String body = new String(bytes, StandardCharsets.UTF_8);
            throw new IOException("HTTP " + response.getCode() + ": " + body);
        }
        try (InputStream in = response.getEntity().getContent()) {
            return mapper.readValue(in, type);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
