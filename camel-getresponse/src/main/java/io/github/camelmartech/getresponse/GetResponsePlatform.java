package io.github.camelmartech.getresponse;

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.camelmartech.support.auth.OutgoingRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * Where an account lives: retail GetResponse, or GetResponse MAX in the US or in Poland, whose API hosts want the
 * account's registered domain in {@code X-Domain} (and retail must not send it). Also carries the optional
 * {@code X-Time-Zone}. Both headers are set by the auth interceptor, so every request has them, the request
 * resource's and the token-less webhook registration's included.
 */
record GetResponsePlatform(String name, String baseUrl, String tokenUrl, String domain, String timeZone) {

    private static final Pattern BARE_DOMAIN = Pattern.compile("(?i)^(?!www\\.)[a-z0-9-]+(\\.[a-z0-9-]+)+$");

    static GetResponsePlatform of(GetResponseConfiguration c) {
        String platform = c.getPlatform() == null ? "retail" : c.getPlatform().toLowerCase(Locale.ROOT);
        String domain = c.getDomain() == null || c.getDomain().isBlank() ? null : c.getDomain().trim();
        String zone = c.getTimeZone() == null || c.getTimeZone().isBlank() ? null : c.getTimeZone().trim();
        return switch (platform) {
            case "retail" -> {
                if (domain != null) {
                    throw new MarTechInvalidInputException("domain", "applies only to GetResponse MAX (platform=max-us"
                                                                     + " or max-pl); retail accounts must not send X-Domain");
                }
                yield new GetResponsePlatform(platform, "https://api.getresponse.com/v3",
                        "https://api.getresponse.com/v3/token", null, zone);
            }
            case "max-us" -> max(platform, "https://api3.getresponse360.com/v3", domain, zone);
            case "max-pl" -> max(platform, "https://api3.getresponse360.pl/v3", domain, zone);
            default -> throw new MarTechInvalidInputException("platform", "must be one of retail, max-us, max-pl");
        };
    }

    private static GetResponsePlatform max(String name, String baseUrl, String domain, String zone) {
        if (domain == null) {
            throw new MarTechInvalidInputException("domain", "is required for GetResponse MAX (sent as X-Domain)");
        }
        if (!BARE_DOMAIN.matcher(domain).matches()) {
            throw new MarTechInvalidInputException("domain", "must be the bare registered domain (example.com),"
                                                             + " without scheme, path or www.");
        }
        return new GetResponsePlatform(name, baseUrl, baseUrl + "/token", domain, zone);
    }

    /** Sets X-Domain (MAX only) and X-Time-Zone on a request about to leave. */
    void apply(OutgoingRequest request) {
        if (domain != null) {
            request.setHeader("X-Domain", domain);
        }
        if (timeZone != null) {
            request.setHeader("X-Time-Zone", timeZone);
        }
    }
}
