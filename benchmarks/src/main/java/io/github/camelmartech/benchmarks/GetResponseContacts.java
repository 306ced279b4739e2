package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelmartech.getresponse.model.Contact;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;

/**
 * GetResponse's contacts for the header-paging benchmark: the stub's pages (a bare JSON array of contacts as the
 * reference shows them) and the raw floor that walks them: HttpClient 5, the {@code X-Auth-Token} header, Jackson
 * binding each page straight to {@code List<Contact>}, {@code page} counted up to the {@code TotalPages} header.
 */
final class GetResponseContacts implements AutoCloseable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final JavaType pageType = mapper.getTypeFactory().constructType(new TypeReference<List<Contact>>() {
    });
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(Fixtures.POOL_SIZE).setMaxConnPerRoute(Fixtures.POOL_SIZE).build())
            .setUserAgent(Fixtures.USER_AGENT).build();
    private final String baseUrl;

    GetResponseContacts(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Walks every page; returns how many contacts it saw. */
    int walk(int perPage, Consumer<Contact> sink) throws IOException {
        int count = 0;
        int totalPages = 1;
        for (int page = 1; page <= totalPages; page++) {
            HttpGet get = new HttpGet(baseUrl + Fixtures.CONTACTS_PATH + "?page=" + page + "&perPage=" + perPage);
            get.setHeader("X-Auth-Token", "api-key " + Fixtures.TOKEN);
            int[] pages = new int[1];
            List<Contact> contacts = http.execute(get, response -> {
                if (response.getCode() != 200) {
                    throw new IOException("HTTP " + response.getCode());
                }
                Header total = response.getFirstHeader("TotalPages");
                pages[0] = total == null ? 0 : Integer.parseInt(total.getValue());
                try (InputStream in = response.getEntity().getContent()) {
                    return mapper.readValue(in, pageType);
                }
            });
            totalPages = pages[0];
            if (contacts.isEmpty()) {
                break;
            }
            for (Contact c : contacts) {
                sink.accept(c);
                count++;
            }
        }
        return count;
    }

    /** Pages of {@code perPage} contacts, as GetResponse's reference shows a contact. */
    static byte[][] pages(int items, int perPage) {
        int count = (items + perPage - 1) / perPage;
        byte[][] pages = new byte[count][];
        long t0 = 1_560_522_076L;
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder(perPage * 520).append('[');
            for (int i = p * perPage + 1; i <= Math.min((p + 1) * perPage, items); i++) {
                String id = "c" + Integer.toString(i, 36);
                String created = DATE.format(Instant.ofEpochSecond(t0 + i));
                sb.append(sb.length() == 1 ? "" : ",").append("{\"contactId\":\"").append(id)
                        .append("\",\"href\":\"https://api.getresponse.com/v3/contacts/").append(id)
                        .append("\",\"name\":\"Maria Papadopoulou\",\"email\":\"contact").append(i)
                        .append("@example.com\",\"note\":null,\"origin\":\"api\",\"dayOfCycle\":null,")
                        .append("\"changedOn\":\"").append(created).append("\",\"timeZone\":\"Europe/Athens\",")
                        .append("\"ipAddress\":\"192.0.2.").append(i % 250).append("\",\"activities\":")
                        .append("\"https://api.getresponse.com/v3/contacts/").append(id).append("/activities\",")
                        .append("\"campaign\":{\"campaignId\":\"V\",\"href\":\"https://api.getresponse.com/v3/")
                        .append("campaigns/V\",\"name\":\"Newsletter\"},\"createdOn\":\"").append(created)
                        .append("\",\"scoring\":8,\"engagementScore\":3}");
            }
            pages[p] = sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
        }
        return pages;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
