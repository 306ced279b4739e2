package io.github.camelmartech.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** README's first command runs this application against the sandbox; the test suite runs it the same way. */
class ExamplesApplicationTest {

    @Test
    void everyVendorsExampleSucceedsAgainstTheSandbox() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean succeeded = ExamplesApplication.run(Settings.sandboxOnly(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);

        assertThat(succeeded).as(output).isTrue();
        assertThat(output).contains("== apifon (sandbox at http://localhost:")
                .containsPattern("apifon.*OK.*poll subscribers back.*5 of 5 subscribers polled")
                .containsPattern("apifon.*OK.*receive its delivery report.*delivered \\(code 7\\)")
                .containsPattern("apsis.*OK.*queued export of the list.*3 subscribers exported")
                .contains("== getresponse (sandbox at http://localhost:")
                .containsPattern("getresponse.*OK.*poll new contacts \\(2 per page\\).*5 of 5 new contacts polled, ids \\[\\w+(, \\w+){4}\\]")
                .containsPattern("getresponse.*OK.*add a contact, poll only it.*none of the first 5 again")
                .containsPattern("getresponse.*OK.*receive subscribe callbacks.*6 subscribe callbacks for campaign \\w+")
                .containsPattern("getresponse.*OK.*delete the contacts.*6 contacts deleted")
                .containsPattern("accengage.*OK.*campaigns, page by page.*12 campaigns over 3 pages")
                .containsPattern("affelios.*OK.*see the deposit on the customer.*has deposited")
                .containsPattern("pipeline.*OK.*Apifon up: new contacts welcomed.*2 contacts, 2 SMS through Apifon")
                .containsPattern("pipeline.*OK.*Apifon fails: failover to APSIS.*1 via APSIS after Apifon"
                                 + " failed, 2 via APSIS with the circuit open \\(Apifon not called\\), 1 dead-lettered")
                .containsPattern("pipeline.*OK.*restart: read again, no SMS twice.*7 dropped as already handled,"
                                 + " 0 SMS sent")
                .contains("0 failed");
    }

    @Test
    void aFailingStepIsNamedAndMakesTheRunFail() {
        Steps steps = new Steps(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        steps.run("demo", "first", () -> "fine");
        try {
            steps.run("demo", "second", () -> {
                throw new IllegalStateException("broken");
            });
        } catch (Steps.StepFailed expected) {
            assertThat(expected.getMessage()).isEqualTo("second");
        }
        assertThat(steps.allSucceeded()).isFalse();
        assertThat(steps.steps()).extracting(Steps.Step::detail).containsExactly("fine", "IllegalStateException: broken");
    }
}
