package org.tollgate.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tollgate.app.support.ServiceTest;

/** A console page that fails unexpectedly shows the console's own error page, with an incident id and no internals. */
@Import(ConsoleErrorPageTest.FailingPage.class)
class ConsoleErrorPageTest extends ServiceTest {

    /** A page that fails the way a bug would; only in this test's context. */
    @TestConfiguration
    @Controller
    static class FailingPage implements ConsolePage {
        @GetMapping("/console/test-failure")
        String fail() {
            throw new IllegalStateException("internal detail the user must not see");
        }
    }

    @Test
    void anUnexpectedErrorIsAPageWithAnIncidentIdAndNoInternals() {
        ConsoleFixtures fixtures = new ConsoleFixtures(http(), providerKey());
        UUID provider = provider().provider().id();
        ConsoleSession s = new ConsoleSession(port);
        assertThat(s.login(fixtures.user(provider, "err", "analyst"), ConsoleFixtures.PASSWORD))
                .endsWith("/console");

        ConsoleSession.Page p = s.get("/console/test-failure");

        assertThat(p.status()).isEqualTo(500);
        assertThat(p.body())
                .contains("Something went wrong", "incident number", "Back to the dashboard")
                .doesNotContain("internal detail", "IllegalStateException", "Whitelabel", "\"type\"");
        // the rest of the console still works for this user
        assertThat(s.get("/console").status()).isEqualTo(200);
    }
}
