package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped Kamelets pass the ported catalog validator, and the validator finds what it is meant to find. */
class KameletValidatorTest {

    /** The Kamelets issue 20 asks for, plus one request action per vendor. */
    static final List<String> EXPECTED = List.of("accengage-campaigns-source", "accengage-devices-source",
            "accengage-request-action", "affelios-customer-sink", "affelios-request-action", "affelios-transaction-sink",
            "apifon-callbacks-source", "apifon-otp-action", "apifon-request-action", "apifon-sms-sink",
            "apifon-subscribers-source", "apifon-viber-sink", "apsis-request-action", "apsis-sms-sink",
            "apsis-subscribers-source", "apsis-transactional-email-sink", "getresponse-callbacks-source",
            "getresponse-contact-sink", "getresponse-contacts-source", "getresponse-request-action");

    private final KameletValidator validator = new KameletValidator(new MarTechCatalog(),
            System.getProperty("project.version"));

    @Test
    void everyShippedKameletIsValid() {
        List<KameletFile> kamelets = KameletFile.shipped();
        assertThat(kamelets).extracting(KameletFile::name).containsExactlyElementsOf(EXPECTED);
        assertThat(validator.validate(kamelets)).isEmpty();
    }

    @Test
    void aBrokenKameletIsReportedRuleByRule() {
        List<KameletFile> broken = KameletFile.load(Path.of(System.getProperty("project.root"), "camel-martech-kamelets",
                "src", "test", "resources", "invalid-kamelets"));
        List<String> errors = validator.validate(broken);
        assertThat(errors).contains(
                "file \"apifon-sms.kamelet.yaml\" does not match the name of the contained kamelet: \"apifon-sms-sinks\"",
                "name of kamelet \"apifon-sms-sinks\" does not end with \"-sink\"",
                "kamelet \"apifon-sms-sinks\" title \"Apifon SMS\" does not end with \"Sink\"",
                "required kamelet property \"apiToken\" is listed twice in kamelet \"apifon-sms-sinks\"",
                "required property \"recipients\" in kamelet \"apifon-sms-sinks\" is not defined",
                "property \"senderId\" in kamelet \"apifon-sms-sinks\" does not contain type",
                "property \"senderId\" in kamelet \"apifon-sms-sinks\" has non-capitalized word in the title: \"id\"",
                "property \"apiToken\" in kamelet \"apifon-sms-sinks\" has a title starting with \"The \"",
                "property \"apiToken\" in kamelet \"apifon-sms-sinks\" has \"password\" format but misses descriptor"
                + " \"urn:camel:group:credentials\"",
                "kamelet \"apifon-sms-sinks\" does not contain the camel.apache.org/kamelet.icon annotation",
                "kamelet \"apifon-sms-sinks\" does not contain the right value for the camel.apache.org/provider"
                + " annotation: expected \"Camel MarTech\", found \"Apache Software Foundation\"",
                "kamelet \"apifon-sms-sinks\" has a malformed dependency \"camel-apifon\" (camel:<name>,"
                + " mvn:<group>:<artifact>:<version> or github:...)",
                "kamelet \"apifon-sms-sinks\" need dependency \"mvn:io.github.camelmartech:camel-apifon:"
                + System.getProperty("project.version") + "\"",
                "parameter \"callbackUrl\" is not declared in the definition of kamelet \"apifon-sms-sinks\"",
                "parameter \"unused\" is declared in kamelet \"apifon-sms-sinks\" but never used",
                "kamelet \"apifon-sms-sinks\" is a sink but ends in kamelet:sink",
                "kamelet \"apifon-sms-sinks\" has duplicate title \"Apifon SMS\"",
                "kamelet \"apifon-orphan-source\" is a source but starts at kamelet:source",
                "kamelet \"apifon-orphan-source\" has catalog.version \"0.0.1\", not the project version \""
                + System.getProperty("project.version") + "\"");
    }
}
