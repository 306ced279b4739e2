package io.github.camelmartech.support.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Parses RFC 8288 {@code Link} headers into rel → URI: any order of links and parameters, quoted or bare
 * {@code rel}, several rels in one value ({@code rel="next last"}), commas inside {@code <...>} or quotes.
 * HttpClient 5 has no parser for this header, hence this small one.
 */
public final class LinkHeader {

    private LinkHeader() {
    }

    /** Every rel of every value (several headers or one comma-separated header); the first link of a rel wins. */
    public static Map<String, String> parse(List<String> headerValues) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String value : headerValues) {
            parseInto(value, links);
        }
        return links;
    }

    /**
     * The next page's link: the {@code Link} header's {@code rel="next"}, else the link in the body at
     * {@code bodyPointer} ({@code /links/next}); null when neither has one or there is no JSON body.
     */
    public static String next(ApiResponse response, JsonNode body, String bodyPointer) {
        String link = parse(response.headerValues("Link")).get("next");
        return link != null || body == null ? link : body.at(bodyPointer).asText(null);
    }

    private static void parseInto(String value, Map<String, String> links) {
        int i = 0;
        int n = value.length();
        while (i < n) {
            int open = value.indexOf('<', i);
            if (open < 0) {
                return;
            }
            int close = value.indexOf('>', open);
            if (close < 0) {
                return;
            }
            String uri = value.substring(open + 1, close).trim();
            // parameters run to the next comma outside quotes
            int end = close + 1;
            boolean quoted = false;
            while (end < n && (quoted || value.charAt(end) != ',')) {
                if (value.charAt(end) == '"') {
                    quoted = !quoted;
                }
                end++;
            }
            for (String rel : rels(value.substring(close + 1, end))) {
                links.putIfAbsent(rel, uri);
            }
            i = end + 1;
        }
    }

    private static String[] rels(String params) {
        for (String param : params.split(";")) {
            String p = param.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("rel")) {
                String v = p.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.trim().toLowerCase(Locale.ROOT).split("\\s+");
            }
        }
        return new String[0];
    }
}
