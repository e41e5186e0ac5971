package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.MonitoringOptions;
import org.menagerie.alert.Stored;
import org.menagerie.desk.AlertQuery;
import org.menagerie.publish.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk end to end in Chromium: an editor adds an outlet on this machine from the site, the site's monitoring reads
 * its feed and checks the stories, the alert appears in an analyst's inbox, the analyst confirms it with the keyboard,
 * and the case page shows the sighting. The desk's pages pass the one-language walk and axe in both languages.
 * Screenshots of the inbox, the case, a trend chart and the outlet's profile: target/screenshots/desk-*.png.
 */
class DeskIT {
    static final String ANALYST = "vera", ANALYST_PASSWORD = "analyst password 42";
    static final String CASE = "demo-us-biolabs-ukraine";
    @TempDir static Path dir;
    @TempDir static Path profile;
    static FeedServer feeds;
    static TestSite site;
    static Browser browser;
    static PageAudit audit;

    @BeforeAll
    static void start() throws Exception {
        feeds = new FeedServer();
        site = TestSite.monitoringSite(dir);
        site.menagerie().accounts().put(ANALYST, Account.Role.ANALYST, ANALYST_PASSWORD.toCharArray());
        browser = new Browser(profile);
        audit = new PageAudit(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
        if (feeds != null) feeds.close();
    }

    @Test
    void anAlertFromAWatchedFeedBecomesASightingOnTheCasePage() throws Exception {
        var driver = browser.driver;
        signIn(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        driver.get(site.base() + "/outlets");
        driver.findElement(By.id("o-name")).sendKeys("Loopback Herald");
        driver.findElement(By.id("o-home")).sendKeys(feeds.base() + "/");
        driver.findElement(By.id("o-country")).sendKeys("RO");
        driver.findElement(By.id("o-languages")).sendKeys("en");
        driver.findElement(By.id("o-feeds")).sendKeys(feeds.base() + "/feed.xml");
        driver.findElement(By.cssSelector("#add-outlet button")).click();
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/outlets/loopback-herald"));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        walk(List.of("/outlets", "/outlets/loopback-herald"), problems);

        // The site's own loops, as serve runs them with watch=true: they poll the new source at once.
        site.menagerie().startMonitoring(MonitoringOptions.watching(true));
        var desk = site.menagerie().desk();
        new WebDriverWait(driver, Duration.ofMinutes(4), Duration.ofSeconds(1))
                .until(d -> desk.list(AlertQuery.open(10).withCase(CASE)).total() > 0);

        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        signIn(ANALYST, ANALYST_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/editor/alerts");
        // A suggested alert waits for an analyst (a matched one became a sighting by itself).
        Stored alert = desk.list(AlertQuery.open(10).withCase(CASE)).alerts().get(0);
        WebElement card = driver.findElement(By.id("alert-" + alert.id()));
        assertThat(card.getText()).contains("Loopback Herald", "Ukraine");
        assertThat(card.findElements(By.tagName("mark"))).isNotEmpty();
        walk(List.of("/editor/alerts", "/editor/alerts?state=all&group=case", "/editor/alerts?state=all&group=story",
                "/editor/settings"), problems);
        driver.get(site.base() + "/editor/alerts");
        browser.shot("desk-inbox-ro");
        driver.get(site.base() + "/en/editor/alerts");
        browser.shot("desk-inbox-en");

        // j moves to the next alert, c confirms it: the script clicks the alert's own confirm button.
        driver.get(site.base() + "/en/editor/alerts");
        List<WebElement> cards = driver.findElements(By.cssSelector("article.alert"));
        int index = cards.indexOf(driver.findElement(By.id("alert-" + alert.id())));
        for (int i = 0; i <= index; i++) new Actions(driver).sendKeys("j").perform();
        new Actions(driver).sendKeys("c").perform();
        browser.wait.until(d -> desk.get(alert.id()).orElseThrow().alert().state() == Stored.State.CONFIRMED);
        assertThat(desk.get(alert.id()).orElseThrow().decisions()).anyMatch(d -> d.by().equals(ANALYST));

        driver.get(site.base() + "/en/cases/" + CASE);
        String seen = driver.findElement(By.id("seen-again")).getText();
        assertThat(seen).contains("Loopback Herald", alert.alert().url());
        browser.shot("desk-case-en");
        String jsonLd = driver.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("innerHTML");
        assertThat(jsonLd).contains("\"appearance\"", alert.alert().url());
        driver.get(site.base() + "/cases/" + CASE);
        browser.shot("desk-case-ro");
        walk(List.of("/cases/" + CASE, "/trends", "/trends?by=outlet", "/"), problems);
        for (String lang : List.of("ro", "en")) {
            String prefix = lang.equals("en") ? "/en" : "";
            driver.get(site.base() + prefix + "/trends?by=outlet");
            browser.shot("desk-trends-" + lang);
            driver.get(site.base() + prefix + "/outlets/loopback-herald");
            browser.shot("desk-outlet-" + lang);
        }
        assertThat(problems).isEmpty();
        keepScreens();
    }

    private void signIn(String name, String password) {
        browser.driver.get(site.base() + "/login");
        browser.driver.findElement(By.id("name")).sendKeys(name);
        browser.driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        browser.wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Each page in both languages through {@link PageAudit}. */
    private void walk(List<String> paths, Map<String, List<String>> problems) throws Exception {
        for (String lang : List.of("ro", "en")) {
            for (String path : paths) {
                String local = lang.equals("en") ? ("/".equals(path) ? "/en" : "/en" + path) : path;
                browser.driver.get(site.base() + local);
                List<String> found = new ArrayList<>(audit.inspect(lang, local));
                if (!found.isEmpty()) problems.put(lang + " " + local, found);
            }
        }
    }

    /** With -Dscreens=DIR the screenshots are copied there too (outside the build's target folder). */
    private static void keepScreens() throws Exception {
        String to = System.getProperty("screens");
        if (to == null) return;
        Path target = Files.createDirectories(Path.of(to));
        try (var shots = Files.list(Browser.SHOTS)) {
            for (Path p : shots.filter(p -> p.getFileName().toString().startsWith("desk-")).toList()) {
                Files.copy(p, target.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
