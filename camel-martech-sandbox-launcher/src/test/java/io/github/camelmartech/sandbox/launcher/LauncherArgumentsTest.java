package io.github.camelmartech.sandbox.launcher;

import java.util.Map;

import io.github.camelmartech.sandbox.SandboxVendor;
import org.junit.jupiter.api.Test;

import static io.github.camelmartech.sandbox.SandboxVendor.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherArgumentsTest {

    @Test
    void noVendorMeansAllOnTheirDefaultPortsWithData() {
        LauncherArguments all = LauncherArguments.parse();
        assertThat(all.ports()).containsExactly(Map.entry(APIFON, 8081), Map.entry(APSIS, 8082),
                Map.entry(GETRESPONSE, 8083), Map.entry(ACCENGAGE, 8084), Map.entry(AFFELIOS, 8085));
        assertThat(all.seed()).isTrue();
        assertThat(LauncherArguments.parse("all").ports()).isEqualTo(all.ports());
    }

    @Test
    void vendorsByNameWithOrWithoutAPort() {
        LauncherArguments some = LauncherArguments.parse("GetResponse=9090", "apifon", "affelios=0", "--no-data");
        assertThat(some.ports()).containsExactly(Map.entry(APIFON, 8081), Map.entry(GETRESPONSE, 9090),
                Map.entry(AFFELIOS, 0));
        assertThat(some.seed()).isFalse();
        assertThat(LauncherArguments.parse("-h").help()).isTrue();
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> LauncherArguments.parse("mailchimp")).hasMessageContaining("no simulator for 'mailchimp'");
        assertThatThrownBy(() -> LauncherArguments.parse("apsis=http")).hasMessage("apsis=http: the port must be 0 to 65535");
        assertThatThrownBy(() -> LauncherArguments.parse("apsis=70000")).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> LauncherArguments.parse("--port")).hasMessage("unknown option --port");
    }

    @Test
    void aBusyPortFailsNamingTheVendorAndTheWayOutAndStopsWhatStarted() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
            LauncherArguments arguments = LauncherArguments.parse("apifon=0", "apsis=" + busy.getLocalPort());
            assertThatThrownBy(() -> SandboxLauncher.start(arguments, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())))
                    .hasMessageStartingWith("apsis could not listen on port " + busy.getLocalPort())
                    .hasMessageEndingWith("choose another: apsis=PORT, 0 for any free one");
        }
    }

    @Test
    void everyVendorHasDemoData() {
        for (SandboxVendor vendor : SandboxVendor.values()) {
            try (SandboxLauncher.RunningSandbox sandbox = SandboxLauncher.start(LauncherArguments.parse(vendor.scheme() + "=0"),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))) {
                assertThat(sandbox.simulators()).hasSize(1);
                assertThat(sandbox.simulators().get(0).wireMock().getAllServeEvents()).isEmpty();
            }
        }
    }
}
