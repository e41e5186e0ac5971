package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser (headless Chromium): search the menagerie, open a case, check a text (with the real
 * checker over the demo catalog), sign in as an editor and publish a case. Screenshots go to target/screenshots/.
 */
class SiteIT {
    @TempDir static Path dir;
    @TempDir static Path profile;
    static Menagerie demo;
    static TestSite site;
    static WebDriver browser;
    static WebDriverWait wait;
    static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() throws Exception {
        demo = TestSite.demo(dir.resolve("demo"));
        site = new TestSite(Files.createDirectories(dir.resolve("site")), demo::checker, TestSite.loopbackFetcher(), 20);
        ChromeOptions options = new ChromeOptions().setBinary(chromium());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1500", "--lang=ro");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SHOTS);
    }

    private static String chromium() {
        String path = System.getProperty("chromium", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(path))) throw new IllegalStateException("no Chromium at " + path + " (apt-get install chromium chromium-driver)");
        return path;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
        if (demo != null) demo.close();
    }

    @Test
    void aReaderSearchesOpensACaseAndChecksATextAndAnEditorPublishesACase() throws Exception {
        browser.get(site.base() + "/");
        assertThat(browser.findElement(By.cssSelector(".banner-title")).getText()).isEqualTo("Verifică Menajeria de Fake News");
        shot("01-home");
        browser.get(site.base() + "/en");
        assertThat(browser.findElement(By.cssSelector(".banner-title")).getText()).isEqualTo("Check the Fake News Menagerie");
        shot("01b-home-en");
        browser.get(site.base() + "/");

        browser.findElement(By.cssSelector(".banner-link")).click();
        wait.until(ExpectedConditions.urlContains("/cases"));
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("NATO Riga");
        q.submit();
        wait.until(ExpectedConditions.urlContains("q=NATO"));
        assertThat(browser.findElement(By.cssSelector(".result h2 a")).getText()).isEqualTo("NATO ministers in Riga approved plans to attack Russia");
        assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText()).isEqualToIgnoringCase("NATO");
        browser.get(site.base() + "/cases?q=nato");
        shot("02a-search-results");
        browser.findElement(By.cssSelector(".facets a[href*='country=Latvia']")).click();
        wait.until(ExpectedConditions.urlContains("country=Latvia"));
        shot("02-search");

        browser.findElement(By.cssSelector(".result h2 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case h1")));
        assertThat(browser.findElement(By.cssSelector(".case h1")).getText()).isEqualTo("NATO ministers in Riga approved plans to attack Russia");
        assertThat(browser.findElement(By.cssSelector(".verdict-row .verdict")).getText()).isEqualToIgnoringCase("Dezinformare");
        shot("03-case");

        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.urlContains("/en/cases/"));
        assertThat(browser.findElement(By.cssSelector(".verdict-row .verdict")).getText()).isEqualToIgnoringCase("Disinformation");

        browser.get(site.base() + "/en/check");
        browser.findElement(By.id("text")).sendKeys("The foreign ministers met in Stockholm on Thursday. "
                + "Lavrov said that " + PageServer.NATO_SENTENCE + " Romania's unemployment rate rose to 5.6 percent in March.");
        browser.findElement(By.cssSelector(".check-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        WebElement match = browser.findElement(By.cssSelector(".claim-match .match h4 a"));
        assertThat(match.getAttribute("href")).endsWith("/en/cases/" + PageServer.NATO_CASE);
        assertThat(match.getText()).isEqualTo("NATO deploys military hardware near Russia's borders to threaten Russia");
        assertThat(browser.findElement(By.cssSelector(".claim-match .match .verdict")).getText()).isEqualToIgnoringCase("Misleading");
        assertThat(browser.findElement(By.id("report-counts")).getText()).contains("one matches a known case");
        shot("04-check");
        WebElement unmatched = browser.findElement(By.cssSelector(".claim-match.unmatched"));
        assertThat(unmatched.findElement(By.cssSelector(".no-match")).getText()).isEqualTo("No match claimed.");
        new Actions(browser).scrollToElement(unmatched).perform();
        shot("04b-check-report");

        browser.get(site.base() + "/en/analyses/analysis-riga-nato-2021");
        assertThat(browser.findElement(By.cssSelector(".publication h1")).getText()).startsWith("Riga, December 2021");
        shot("05-analysis");

        browser.get(site.base() + "/login");
        browser.findElement(By.id("name")).sendKeys(TestSite.EDITOR);
        browser.findElement(By.id("password")).sendKeys(TestSite.EDITOR_PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        wait.until(ExpectedConditions.urlContains("/editor"));
        browser.findElement(By.linkText("Caz nou")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-form")));
        browser.findElement(By.id("title")).sendKeys("NATO deployed nuclear weapons in Ukraine");
        browser.findElement(By.id("claim")).sendKeys("NATO has secretly deployed nuclear weapons on Ukrainian territory.");
        browser.findElement(By.id("debunk")).sendKeys("There are no NATO nuclear weapons in Ukraine, which is not a NATO member.");
        browser.findElement(By.id("countries")).sendKeys("Ukraine");
        browser.findElement(By.id("keywords")).sendKeys("NATO, nuclear");
        shot("06-editor-form");
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.urlContains("/cases/editor-nato-deployed-nuclear-weapons-in-ukraine"));
        assertThat(browser.findElement(By.cssSelector(".case h1")).getText()).isEqualTo("NATO deployed nuclear weapons in Ukraine");
        shot("07-published-case");

        browser.manage().deleteAllCookies();
        browser.get(site.base() + "/cases?q=nuclear");
        assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("Un caz");
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
