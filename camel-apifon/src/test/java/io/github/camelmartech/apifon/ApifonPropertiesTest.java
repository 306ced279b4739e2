package io.github.camelmartech.apifon;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.model.ListRequest;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.testing.MarTechArbitraries;
import io.github.camelmartech.support.testing.PercentEncoding;
import io.github.camelmartech.support.testing.VendorStub;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.time.api.DateTimes;
import org.apache.camel.CamelExecutionException;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Properties of Apifon's input rules and signer: valid numbers, sender ids and any Unicode text are sent and signed
 * over exactly the bytes Apifon receives (checked with an independent HMAC-SHA256 of the documented string); invalid
 * numbers and sender ids are refused, naming the field, before any call; any list id is signed as encoded.
 */
class ApifonPropertiesTest {

    private static final String TOKEN = "prop-token-123456";
    private static final String SECRET = "prop-secret-ünï-789";
    private static final String DATE = "Thu, 29 Sep 2016 12:18:56 GMT";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static VendorStub stub;

    @BeforeContainer
    static void start() {
        stub = VendorStub.start(Map.of("fixedClock", Clock.fixed(Instant.parse("2016-09-29T12:18:56Z"), ZoneOffset.UTC)));
        stub.wireMock().stubFor(post("/services/api/v1/sms/send").willReturn(okJson(ApifonSmsTest.SEND_RESPONSE)));
        stub.wireMock().stubFor(put(urlPathMatching("/services/api/v1/list/.*")).willReturn(aResponse().withStatus(200)));
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    @BeforeTry
    void reset() {
        stub.reset();
    }

    private static String uri(String resource, String options) {
        return "apifon:" + resource + "?apiToken=" + TOKEN + "&apiSecret=RAW(" + SECRET + ")&clock=#fixedClock&maxRetries=0"
               + "&baseUrl=" + stub.baseUrl() + options;
    }

    @Property(tries = 100)
    void anyValidNumberSenderAndUnicodeTextIsSentAndSignedOverTheReceivedBytes(
            @ForAll("msisdns") String number, @ForAll("validSenderIds") String sender, @ForAll("texts") String text)
            throws Exception {
        stub.template().requestBodyAndHeaders(uri("sms", ""), text,
                Map.of(ApifonConstants.RECIPIENTS, List.of(number), ApifonConstants.SENDER_ID, sender));

        LoggedRequest request = stub.onlyRequest();
        JsonNode sent = JSON.readTree(request.getBody());
        assertThat(sent.at("/subscribers/0/number").asText()).isEqualTo(number);
        assertThat(sent.at("/message/sender_id").asText()).isEqualTo(sender);
        assertThat(sent.at("/message/text").asText()).isEqualTo(text);
        assertSignedOverWhatWasReceived(request);
    }

    @Property(tries = 80)
    void anyListIdAndUnicodeTitleIsSignedOverThePathAndBodyAsSent(
            @ForAll("listIds") String listId, @ForAll("texts") String title) throws Exception {
        ListRequest list = new ListRequest();
        list.setTitle(title);
        list.setPrefix("30");
        stub.template().requestBodyAndHeader(uri("lists", "&operation=update"), list, ApifonConstants.LIST_ID, listId);

        LoggedRequest request = stub.onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/services/api/v1/list/" + PercentEncoding.segment(listId));
        assertThat(JSON.readTree(request.getBody()).get("title").asText()).isEqualTo(title);
        assertSignedOverWhatWasReceived(request);
    }

    @Property(tries = 150)
    void numbersOfWrongLengthWithALeadingZeroOrANonDigitAreRefusedBeforeAnyCall(@ForAll("invalidMsisdns") String number) {
        // a typed request: the header and option lists are comma separated; the body's numbers lose only a + or 00
        // prefix and spaces, dashes, dots and parentheses
        assertThatThrownBy(() -> stub.template().requestBody(uri("sms", "&senderId=Acme"), sms(number, "Hi")))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("subscribers[0].number"));
        assertThat(stub.received()).isEmpty();
    }

    @Property(tries = 100)
    void aValidNumberWrittenWithAPlusOr00PrefixAndSeparatorsIsSentAsItsDigits(@ForAll("msisdns") String number,
            @ForAll("numberPrefixes") String prefix, @ForAll("numberSeparators") String separator) throws Exception {
        String written = prefix + number.substring(0, 3) + separator + number.substring(3);
        stub.template().requestBody(uri("sms", "&senderId=Acme"), sms(written, "Hi"));

        assertThat(JSON.readTree(stub.onlyRequest().getBody()).at("/subscribers/0/number").asText()).as(written)
                .isEqualTo(number);
    }

    @Provide
    Arbitrary<String> numberPrefixes() {
        return Arbitraries.of("", "+", "00", "+ ", "00 ");
    }

    @Provide
    Arbitrary<String> numberSeparators() {
        return Arbitraries.of("", " ", "-", ".", "(", ")", " - ");
    }

    @Property(tries = 100)
    void senderIdsOverTheirLimitsOrWithControlsAreRefusedBeforeAnyCall(@ForAll("invalidSenderIds") String sender) {
        assertThatThrownBy(() -> stub.template().requestBodyAndHeaders(uri("sms", "&recipients=306999999999"), "Hi",
                Map.of(ApifonConstants.SENDER_ID, sender)))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("message.sender_id"));
        assertThat(stub.received()).isEmpty();
    }

    @Property(tries = 100)
    void scheduleDatesAreAcceptedInTheDocumentedFormOnly(@ForAll("dateTimes") LocalDateTime when) {
        String documented = when.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        assertThatCode(() -> new Checker(null).field("date", documented, ApifonGatewayTable.DATE_TIME))
                .doesNotThrowAnyException();
        for (String other : List.of(documented + "Z", documented + ".000", documented.replace('T', ' '),
                documented.substring(0, 16), documented + "+02:00")) {
            assertThatThrownBy(() -> new Checker(null).field("date", other, ApifonGatewayTable.DATE_TIME))
                    .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("date"));
        }
    }

    private static SmsRequest sms(String number, String text) {
        Recipient recipient = new Recipient();
        recipient.setNumber(number);
        Message message = new Message();
        message.setText(text);
        SmsRequest request = new SmsRequest();
        request.setSubscribers(List.of(recipient));
        request.setMessage(message);
        return request;
    }

    /** HMAC-SHA256 of METHOD \n raw path \n body bytes \n date, written from the vendor notes, over what arrived. */
    private static void assertSignedOverWhatWasReceived(LoggedRequest request) throws Exception {
        assertThat(request.getHeader("X-ApifonWS-Date")).isEqualTo(DATE);
        String path = request.getUrl().contains("?") ? request.getUrl().substring(0, request.getUrl().indexOf('?'))
                : request.getUrl();
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.writeBytes((request.getMethod().getName() + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(request.getBody());
        signed.writeBytes(("\n" + DATE).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toByteArray()));
        assertThat(request.getHeader("Authorization")).isEqualTo("ApifonWS " + TOKEN + ":" + signature);
    }

    @Provide
    Arbitrary<String> msisdns() {
        return Combinators.combine(Arbitraries.strings().withCharRange('1', '9').ofLength(1),
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(14)).as(String::concat);
    }

    @Provide
    Arbitrary<String> invalidMsisdns() {
        Arbitrary<String> tooShortOrLong = Combinators.combine(Arbitraries.strings().withCharRange('1', '9').ofLength(1),
                Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(5),
                        Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(25))).as(String::concat);
        // one leading zero: 00 is the international prefix, dropped like +
        Arbitrary<String> leadingZero = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(14)
                .filter(s -> !s.startsWith("0")).map(s -> "0" + s);
        Arbitrary<String> withANonDigit = Combinators.combine(msisdns(), MarTechArbitraries.unicodeText(1)
                .filter(c -> c.length() > 0 && !c.matches("[0-9\\s().+-]")), Arbitraries.integers().between(0, 20))
                .as((n, c, at) -> n.substring(0, Math.min(at, n.length())) + c + n.substring(Math.min(at, n.length())));
        return Arbitraries.oneOf(tooShortOrLong, leadingZero, withANonDigit, Arbitraries.of("+0306999999999", "0006999999",
                "30699999,9", "306+999999"));
    }

    @Provide
    Arbitrary<String> validSenderIds() {
        Arbitrary<String> numeric = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> alphanumeric = Combinators.combine(Arbitraries.strings().alpha().ofLength(1),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(10)).as(String::concat);
        return Arbitraries.oneOf(numeric, alphanumeric);
    }

    @Provide
    Arbitrary<String> invalidSenderIds() {
        Arbitrary<String> longNumeric = Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(30);
        Arbitrary<String> longAlpha = Combinators.combine(Arbitraries.strings().alpha().ofLength(1),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(11).ofMaxLength(30)).as(String::concat);
        Arbitrary<String> withControl = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9),
                Arbitraries.chars().range('\u0000', '\u001F')).as((s, c) -> s + c);
        return Arbitraries.oneOf(longNumeric, longAlpha, withControl);
    }

    @Provide
    Arbitrary<String> texts() {
        return MarTechArbitraries.unicodeText(60).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> listIds() {
        return MarTechArbitraries.pathParameters().filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<LocalDateTime> dateTimes() {
        return DateTimes.dateTimes().yearBetween(1900, 2999).ofPrecision(java.time.temporal.ChronoUnit.SECONDS);
    }
}
