package org.tollgate.app.console;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Takes the documentation's screenshots from a running {@code ./tollgate demo} (it only opens pages and runs one
 * search). Not part of the build's test run (its name is not a test's name); run it by name, and without the demo's
 * port and password it is skipped:
 *
 * <pre>
 * ./mvnw -q -B -pl tollgate-app -am test -Dtest=ConsoleDemoScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtollgate.demo.port=8080 -Dtollgate.demo.password=PASSWORD_OF_analyst
 * </pre>
 *
 * The pictures go to {@code target/screenshots/demo-*.png}.
 */
class ConsoleDemoScreenshots {

    @Test
    void screenshotsOfTheDemo() {
        String port = System.getProperty("tollgate.demo.port");
        String password = System.getProperty("tollgate.demo.password");
        Assumptions.assumeTrue(
                port != null && password != null, "set tollgate.demo.port and tollgate.demo.password to run this");
        try (Browser b = Browser.start(Integer.parseInt(port))) {
            b.login(System.getProperty("tollgate.demo.user", "analyst"), password);
            b.fullScreenshot("demo-dashboard", 1400);
            b.open("/console/alerts");
            b.waitFor(By.tagName("h1"));
            b.fullScreenshot("demo-alert-queue", 1200);
            b.find(By.xpath("//a[contains(@class,'open-alert') and starts-with(normalize-space(), 'LUBANGA')]"))
                    .click();
            b.waitFor(By.id("h-entry"));
            b.fullScreenshot("demo-alert-detail", 2000);
            b.open("/console/alerts/confirmations");
            b.waitFor(By.tagName("h1"));
            b.fullScreenshot("demo-four-eyes", 1000);
            b.open("/console/customers");
            b.find(By.linkText("Caribe Servicios Digitales SA")).click();
            b.waitFor(By.id("h-ident"));
            b.fullScreenshot("demo-customer-owners", 2600);
            b.open("/console/customers");
            b.find(By.linkText("Olena Kovalenko")).click();
            b.waitFor(By.id("h-ident"));
            b.fullScreenshot("demo-customer-profile", 2600);
            b.open("/console/search");
            b.find(By.id("s-name")).sendKeys("Nicolás Madura Moros");
            b.find(By.id("s-birth")).sendKeys("1962");
            b.find(By.cssSelector("button.primary")).click();
            b.waitFor(By.cssSelector("[data-testid=search-summary]"));
            b.fullScreenshot("demo-search", 1800);
            b.open("/console/lists");
            b.waitFor(By.tagName("h1"));
            b.fullScreenshot("demo-lists", 900);
        }
    }
}
