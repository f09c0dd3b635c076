package org.tollgate.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tollgate.app.support.ServiceTest;

/**
 * The analyst console in a real browser (Debian's Chromium, headless) against the whole service on 127.0.0.1: an
 * analyst logs in, opens an alert, clears it as a false positive with a reason and sees it leave the queue and
 * appear in the audit log; a second analyst confirms a true match (four-eyes); a reseller's analyst cannot see the
 * provider's customers. Screenshots of the main pages go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest extends ServiceTest {
    private Browser browser;
    private ConsoleFixtures fixtures;
    private String integrationKey;
    private String analyst;
    private String secondAnalyst;
    private String auditor;

    @BeforeAll
    void start() {
        requireLists();
        browser = Browser.start(port);
        fixtures = new ConsoleFixtures(http(), providerKey());
        UUID provider = provider().provider().id();
        integrationKey = newKey(provider, "integration");
        analyst = fixtures.user(provider, "ana", "analyst");
        secondAnalyst = fixtures.user(provider, "ben", "analyst");
        auditor = fixtures.user(provider, "aud", "auditor");
        // the rest of the demo's customers, so that the dashboard and the lists look like a working day
        ConsoleFixtures.OTHERS.forEach(json -> fixtures.customer(integrationKey, json));
    }

    @AfterEach
    void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    void stop() {
        if (browser == null) {
            return;
        }
        try {
            // the dashboard once every test has decided something: the picture for the docs
            browser.driver().manage().deleteAllCookies();
            browser.login(analyst, ConsoleFixtures.PASSWORD);
            browser.fullScreenshot("dashboard", 1400);
        } finally {
            browser.close();
        }
    }

    @Test
    void anAnalystClearsAFalsePositiveWhichLeavesTheQueueAndIsAudited() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);
        UUID alert = ConsoleFixtures.alertOn(c, "us_ofac_sdn:22790");

        browser.login(analyst, ConsoleFixtures.PASSWORD);
        assertThat(browser.path()).isEqualTo("/console");
        assertThat(browser.find(By.cssSelector("[data-testid=me]")).getText()).contains(analyst, "analyst");
        assertThat(Long.parseLong(
                        browser.find(By.cssSelector("[data-testid=unresolved]")).getText()))
                .isGreaterThanOrEqualTo(1);
        assertThat(browser.text()).contains("List freshness", "us_ofac_sdn", "Customers by risk tier");

        // the queue, newest first (htmx swaps the table when the sort changes)
        browser.open("/console/alerts");
        new Select(browser.find(By.id("f-sort"))).selectByValue("newest");
        browser.waitForUrl("sort=newest");
        By row = By.cssSelector("tr[data-alert='" + alert + "']");
        browser.waitFor(row);
        assertThat(browser.find(By.id("f-sort")).getAttribute("value")).isEqualTo("newest");
        browser.screenshot("alert-queue");

        browser.find(row).findElement(By.cssSelector("a.open-alert")).click();
        browser.waitFor(By.id("h-entry"));
        assertThat(browser.path()).isEqualTo("/console/alerts/" + alert);
        // side by side: the customer's name and the entry's, the matched words marked, programs, remarks, link
        assertThat(browser.find(By.cssSelector("[data-testid=customer-name]")).getText())
                .isEqualTo("Nicolas Maduro Moros");
        assertThat(browser.all(By.cssSelector("[data-testid=customer-name] mark")))
                .extracting(WebElement::getText)
                .contains("Nicolas", "Maduro", "Moros");
        String page = browser.text();
        assertThat(page).contains("MADURO MOROS, Nicolas", "Score breakdown", "Secondary data", "agrees", "Programs");
        assertThat(browser.all(By.cssSelector(".chip.prog"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector(".entity a[href^='https://']")).getAttribute("href"))
                .contains("22790");

        browser.find(By.xpath("//main//button[normalize-space()='Assign to me']"))
                .click();
        browser.waitFor(By.cssSelector(".flash.ok"));
        assertThat(browser.find(By.cssSelector("[data-testid=assignee]")).getText())
                .isEqualTo(analyst);
        browser.fullScreenshot("alert-detail", 2000);

        // a decision without a reason is refused by the server too (the browser's own check removed here)
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('reason').required = false");
        browser.find(By.cssSelector("button[value=false_positive]")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.bad")).getText()).contains("reason");

        browser.find(By.id("reason")).sendKeys("different person: passport and date of birth checked");
        browser.find(By.cssSelector("button[value=false_positive]")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.ok")).getText()).contains("false positive");
        assertThat(browser.text()).contains("Clear this pair on the allow-list");

        browser.open("/console/alerts?sort=newest");
        browser.waitFor(By.tagName("h1"));
        assertThat(browser.all(row)).isEmpty();

        browser.open("/console/audit?subject_type=alert&subject_id=" + alert);
        String audit = browser.find(By.cssSelector("[data-testid=audit]")).getText();
        assertThat(audit)
                .contains("alert.false_positive", "alert.assigned", "alert.opened", analyst)
                .contains("different person: passport and date of birth checked");
        browser.screenshot("audit-log");
    }

    @Test
    void aSecondAnalystConfirmsATrueMatch() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.CARIBE);
        UUID alert = ConsoleFixtures.alertOn(c, "us_ofac_sdn:23343");

        browser.login(analyst, ConsoleFixtures.PASSWORD);
        browser.open("/console/alerts/" + alert);
        assertThat(browser.text()).contains("beneficial owner (60 %)", "Ramzan Akhmatovich Kadyrov");
        browser.find(By.id("reason")).sendKeys("same name, birth date and nationality as the SDN entry");
        browser.find(By.cssSelector("button[value=true_match]")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.ok")).getText()).contains("second analyst");

        // the proposer sees it in the four-eyes queue but cannot confirm it
        browser.open("/console/alerts/confirmations");
        By row = By.cssSelector("tr[data-alert='" + alert + "']");
        assertThat(browser.find(row).getText()).contains("View (your proposal)");
        browser.open("/console/alerts/" + alert);
        assertThat(browser.find(By.cssSelector("button[value=true_match]")).isEnabled())
                .isFalse();
        browser.logout();

        browser.login(secondAnalyst, ConsoleFixtures.PASSWORD);
        browser.open("/console/alerts/confirmations");
        browser.find(row).findElement(By.linkText("Review and confirm")).click();
        browser.waitFor(By.id("h-decide"));
        assertThat(browser.text()).contains("True match proposed by " + analyst);
        browser.fullScreenshot("four-eyes", 2000);
        browser.find(By.id("reason")).sendKeys("confirmed: owner's birth date matches");
        browser.find(By.cssSelector("button[value=true_match]")).click();
        browser.waitFor(By.cssSelector(".flash.ok"));
        assertThat(browser.path()).isEqualTo("/console/alerts/confirmations");
        assertThat(browser.all(row)).isEmpty();

        browser.open("/console/alerts/" + alert);
        assertThat(browser.text()).contains("true match").contains("confirmed by " + secondAnalyst);
        browser.open("/console/customers/" + c.id());
        assertThat(browser.find(By.cssSelector(".title-meta")).getText()).contains("reject", "prohibited");
        assertThat(browser.text()).contains("Beneficial owners", "Audit trail", "alert.true_match_confirmed");
    }

    @Test
    void aResellersAnalystSeesOnlyItsOwnCustomers() {
        UUID reseller = newReseller(unique("console-reseller"));
        String resellerAnalyst = fixtures.user(reseller, "res", "analyst");
        ConsoleFixtures.Customer own = fixtures.customer(newKey(reseller, "integration"), ConsoleFixtures.MATEO);
        ConsoleFixtures.Customer providers = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);

        browser.login(resellerAnalyst, ConsoleFixtures.PASSWORD);
        browser.open("/console/customers");
        assertThat(browser.all(By.cssSelector("tr[data-customer='" + own.id() + "']")))
                .hasSize(1);
        assertThat(browser.all(By.cssSelector("tr[data-customer='" + providers.id() + "']")))
                .isEmpty();
        assertThat(browser.text()).contains("Mateo García Ruiz").doesNotContain("Nicolas Maduro Moros");

        browser.open("/console/alerts?status=active");
        assertThat(browser.text()).doesNotContain("MADURO");

        browser.open("/console/customers/" + providers.id());
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
        browser.open("/console/alerts/" + providers.alerts().get(0));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    @Test
    void theCustomerProfileShowsVersionsWithADiffAndTheIpHistory() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MATEO);
        assertThat(http().patch(
                                "/api/v1/customers/" + c.id(),
                                integrationKey,
                                "{\"other_names\":[\"Mateo Garcia\"],\"email\":\"mateo@example.es\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http().post(
                                "/api/v1/access-events",
                                integrationKey,
                                "{\"events\":[{\"customer_id\":\"" + c.id()
                                        + "\",\"ip\":\"8.8.8.8\",\"time\":\"2026-11-29T08:00:00Z\","
                                        + "\"kind\":\"login\"}]}")
                        .status())
                .isEqualTo(200);

        browser.login(analyst, ConsoleFixtures.PASSWORD);
        browser.open("/console/customers/" + c.id());
        String diff = browser.find(By.cssSelector("[data-testid=diff]")).getText();
        assertThat(diff).contains("Version 1 → 2", "other_names[0]", "Mateo Garcia", "email");
        assertThat(browser.text()).contains("IP history", "1 events", "Screenings", "customer.updated");
        browser.fullScreenshot("customer-profile", 2400);
    }

    @Test
    void searchANameExplainsEveryHitAndKeepsTheNameOutOfTheUrl() {
        browser.login(analyst, ConsoleFixtures.PASSWORD);
        browser.open("/console/search");
        browser.find(By.id("s-name")).sendKeys("Nicolas Maduro Moros");
        browser.find(By.id("s-birth")).sendKeys("1962-11-23");
        browser.find(By.cssSelector("button.primary")).click();
        browser.waitFor(By.cssSelector("[data-testid=search-summary]"));
        assertThat(browser.path()).isEqualTo("/console/search");
        assertThat(browser.text())
                .contains("MADURO MOROS, Nicolas", "us_ofac_sdn:22790", "Score breakdown", "birth date");
        browser.fullScreenshot("search", 1600);
    }

    @Test
    void anAuditorReadsButDoesNotDecideAndVerifiesTheChain() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);
        browser.login(auditor, ConsoleFixtures.PASSWORD);
        browser.open("/console/alerts/" + c.alerts().get(0));
        assertThat(browser.text()).contains("Your role reads alerts; it does not decide them.");
        assertThat(browser.all(By.id("reason"))).isEmpty();

        browser.open("/console/audit");
        browser.find(By.linkText("Verify the chain")).click();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=verification]")).getText())
                .startsWith("Chain intact");
        browser.open("/console/lists");
        // the same last update as the API reports (accepted at start, unchanged after a later refresh)
        String outcome = null;
        for (var src : http().get("/api/v1/lists", providerKey()).json().get("sources")) {
            if (src.get("source").asString().equals("us_ofac_sdn")) {
                outcome = src.get("last_update").get("outcome").asString();
            }
        }
        assertThat(outcome).isNotNull();
        String sdnRow = browser.find(By.xpath("//tr[th[normalize-space()='us_ofac_sdn']]"))
                .getText();
        assertThat(sdnRow).contains("8,976", outcome);
        assertThat(browser.text()).contains("Lists in force");
        browser.screenshot("lists");
    }
}
