package io.github.camelmartech.support.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonErrorDecoder}: the usual fields, and a vendor's error bodies stated as {@link ErrorRules}. */
class JsonErrorDecoderTest {

    private static ApiResponse response(int status, String body, String... headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new ApiResponse(ApiRequest.get("/x").build(), status, map, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError decode(ErrorRules rules, int status, String body, String... headers) {
        return new JsonErrorDecoder(rules).decode(response(status, body, headers));
    }

    @Test
    void theUsualFieldsHeadersAndEveryOtherFieldAsADetail() {
        ApiError error = new JsonErrorDecoder().decode(response(404,
                "{\"error\":\"gone\",\"error_code\":\"E7\",\"hint\":{\"a\":1}}", "x-request-id", "r-1"));

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error.vendorMessage()).isEqualTo("gone");
        assertThat(error.vendorCode()).isEqualTo("E7");
        assertThat(error.requestId()).isEqualTo("r-1");
        assertThat(error.details()).containsExactly(Map.entry("hint", Map.of("a", 1)));
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void aSuccessIsNoErrorAndABodyThatIsNotAnObjectIsKept() {
        assertThat(new JsonErrorDecoder().decode(response(200, "{\"error\":\"not for a 2xx\"}"))).isNull();

        assertThat(new JsonErrorDecoder().decode(response(502, "<html>bad gateway</html>")).vendorMessage())
                .isEqualTo("<html>bad gateway</html>");
        assertThat(new JsonErrorDecoder().decode(response(500, "[1,2]")).details()).containsEntry("body", "[1,2]");
        assertThat(new JsonErrorDecoder().decode(response(500, "")).vendorMessage()).isNull();
    }

    @Test
    void theVendorsPointersComeBeforeTheUsualFieldsAndTheFirstPresentWins() {
        ErrorRules rules = new ErrorRules().messageAt("/title", "/info/description").codeAt("/info/status");

        ApiError nested = decode(rules, 400, "{\"message\":\"usual\",\"info\":{\"description\":\"nested\",\"status\":7}}");
        ApiError first = decode(rules, 400, "{\"message\":\"usual\",\"title\":\"top\",\"info\":{\"description\":\"n\"}}");
        ApiError usual = decode(rules, 400, "{\"message\":\"usual\",\"code\":\"C\",\"title\":null}");

        assertThat(nested.vendorMessage()).isEqualTo("nested");
        assertThat(nested.vendorCode()).isEqualTo("7");
        assertThat(first.vendorMessage()).isEqualTo("top");
        assertThat(usual.vendorMessage()).isEqualTo("usual");
        assertThat(usual.vendorCode()).isEqualTo("C");
    }

    @Test
    void aMessageOfTwoFieldsWhenBothArePresent() {
        ErrorRules rules = new ErrorRules().messageOf("/title", ": ", "/detail");

        assertThat(decode(rules, 400, "{\"title\":\"Invalid\",\"detail\":\"bad name\"}").vendorMessage())
                .isEqualTo("Invalid: bad name");
        assertThat(decode(rules, 400, "{\"title\":\"Invalid\"}").vendorMessage()).isEqualTo("Invalid");
    }

    @Test
    void theRequestIdIsTheFirstNonBlankBodyFieldElseTheHeader() {
        ErrorRules rules = new ErrorRules().requestIdAt("/report", "/request_id");

        assertThat(decode(rules, 500, "{\"report\":\"rep-1\",\"request_id\":\"req-1\"}", "X-Request-Id", "h")
                .requestId()).isEqualTo("rep-1");
        assertThat(decode(rules, 500, "{\"report\":\" \",\"request_id\":\"req-1\"}", "X-Request-Id", "h")
                .requestId()).isEqualTo("req-1");
        assertThat(decode(rules, 500, "{\"report\":\"\"}", "X-Request-Id", "h").requestId()).isEqualTo("h");
    }

    @Test
    void detailsAtAPointerAreThatObjectsFieldsOnly() {
        ErrorRules rules = new ErrorRules().detailsAt("/error_details");

        ApiError error = decode(rules, 400, "{\"title\":\"t\",\"other\":1,\"error_details\":{\"id\":\"must not be blank\"}}");

        assertThat(error.details()).containsExactly(Map.entry("id", "must not be blank"));
        assertThat(decode(rules, 400, "{\"title\":\"t\"}").details()).isEmpty();
    }

    @Test
    void anErrorsArrayAlsoWrappedInAnOuterArray() {
        ErrorRules rules = new ErrorRules().errorsAt("label", "message", "/errors", "/0/errors")
                .kind(ErrorKind.AUTHENTICATION, "ERR_TOKEN");
        String errors = "{\"errors\":[{\"label\":\"ERR_TOKEN\",\"message\":\"first\"},{\"message\":\"second\"}]}";

        for (String body : List.of(errors, "[" + errors + "]")) {
            ApiError error = decode(rules, 400, body, "X-Request-Id", "r-2");
            assertThat(error.vendorCode()).isEqualTo("ERR_TOKEN");
            assertThat(error.vendorMessage()).isEqualTo("first; second");
            assertThat(error.kind()).as("the label decides, not the 400").isEqualTo(ErrorKind.AUTHENTICATION);
            assertThat(error.requestId()).isEqualTo("r-2");
            assertThat(error.details()).containsOnlyKeys("errors");
            assertThat(error.details().get("errors").toString()).contains("second");
        }
        assertThat(decode(rules, 400, "{\"errors\":[],\"message\":\"usual\"}").vendorMessage()).isEqualTo("usual");
    }

    @Test
    void theCodesKindWinsThenTheVendorsKindOfTheStatusThenTheStatus() {
        ErrorRules rules = new ErrorRules().kind(ErrorKind.AUTHENTICATION, "1017").statusKind(403, ErrorKind.VALIDATION);

        assertThat(decode(rules, 403, "{\"code\":1017}").kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(decode(rules, 403, "{\"code\":1099}").kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(decode(rules, 403, "<html>forbidden</html>").kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(decode(rules, 401, "{\"code\":1099}").kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(decode(rules, 400, "{\"code\":1017}").kind()).isEqualTo(ErrorKind.AUTHENTICATION);
    }

    @Test
    void aRetryableCodeTakesTheWaitItsBodyAsksFor() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ErrorRules rules = new ErrorRules().kind(ErrorKind.RATE_LIMITED, "1015").retryable("1015")
                .retryAfterAt("/context/timeToReset", clock);

        ApiError quota = decode(rules, 429, "{\"code\":1015,\"context\":{\"timeToReset\":\"7 seconds\"}}");
        ApiError other = decode(rules, 400, "{\"code\":1000,\"context\":{\"timeToReset\":\"7 seconds\"}}");
        ApiError noWait = decode(rules, 429, "{\"code\":1015}");

        assertThat(quota.retryable()).isTrue();
        assertThat(quota.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(quota.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(other.retryable()).isFalse();
        assertThat(other.retryAfter()).isNull();
        assertThat(noWait.retryable()).isTrue();
        assertThat(noWait.retryAfter()).isNull();
    }

    @Test
    void aStatusInsideA2xxIsAnErrorWithThatStatus() {
        ErrorRules rules = new ErrorRules().statusIn2xx("/result_info/status_code")
                .messageAt("/result_info/description").statusKind(403, ErrorKind.VALIDATION);

        ApiError number = decode(rules, 200, "{\"result_info\":{\"status_code\":403,\"description\":\"Invalid sender\"}}");
        ApiError text = decode(rules, 200, "{\"result_info\":{\"status_code\":\"401\"}}");

        assertThat(number.status()).isEqualTo(403);
        assertThat(number.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(number.vendorMessage()).isEqualTo("Invalid sender");
        assertThat(number.details()).doesNotContainKey("httpStatus");
        assertThat(text.status()).isEqualTo(401);
        assertThat(text.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(decode(rules, 200, "{\"result_info\":{\"status_code\":200}}")).isNull();
        assertThat(decode(rules, 200, "{\"result_info\":{\"status_code\":\"OK\"}}")).isNull();
        assertThat(decode(rules, 200, "{\"items\":[]}")).isNull();
    }

    @Test
    void aVendorCodeInsideA2xxFailsWithThePairedStatusAndKeepsTheHttpOne() {
        ErrorRules rules = new ErrorRules().codeIn2xx("/Code", code -> code.startsWith("-")).codeAt("/Code")
                .code("-2", 400, ErrorKind.VALIDATION).code("-5", 503, ErrorKind.SERVER).retryable("-5");

        ApiError paired = decode(rules, 200, "{\"Code\":-2,\"Message\":\"bad\",\"Result\":{\"a\":1}}");
        ApiError unknown = decode(rules, 200, "{\"Code\":\"-42\"}");
        ApiError asSent = decode(rules, 503, "{\"Code\":-5,\"Result\":null}");

        assertThat(paired.status()).isEqualTo(400);
        assertThat(paired.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(paired.vendorCode()).isEqualTo("-2");
        assertThat(paired.vendorMessage()).isEqualTo("bad");
        assertThat(paired.details()).containsExactly(Map.entry("httpStatus", 200), Map.entry("Result", Map.of("a", 1)));
        assertThat(unknown.status()).isEqualTo(500);
        assertThat(unknown.kind()).isEqualTo(ErrorKind.SERVER);
        assertThat(asSent.status()).isEqualTo(503);
        assertThat(asSent.retryable()).isTrue();
        assertThat(asSent.details()).isEmpty();
        assertThat(decode(rules, 200, "{\"Code\":1,\"Result\":[]}")).isNull();
    }

    @Test
    void a2xxIsDecidedByItsOneFieldNotByATreeOfTheWholeBody() {
        ErrorRules rules = new ErrorRules().codeIn2xx("/Code", code -> code.startsWith("-"));

        // the rest of the body is never read: a tree of it would fail on the truncated array
        assertThat(decode(rules, 200, "{\"Code\":1,\"Result\":[1,2,")).isNull();
        assertThat(decode(rules, 200, "id;email\n1;a@example.com\n")).isNull();
    }

    @Test
    void theRawBodyIsKeptVerbatimWhateverItsShape() {
        ErrorRules rules = new ErrorRules().keepRawBody();
        String problem = "{\"title\":\"Invalid\",\"errors\":{\"Id\":[\"required\"]}}";

        assertThat(decode(rules, 400, problem).details()).containsEntry("body", problem)
                .containsEntry("errors", Map.of("Id", List.of("required")));
        assertThat(decode(rules, 500, "Nope: plain text").details()).containsEntry("body", "Nope: plain text");
        assertThat(decode(rules, 500, "").details()).doesNotContainKey("body");
    }
}
