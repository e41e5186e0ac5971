package org.menagerie.web;

import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;
import org.menagerie.check.Checker;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;
import org.menagerie.publish.Account;
import org.menagerie.publish.DemoPublications;

/**
 * A real server on a free loopback port over real H2 stores in a temporary workspace, with a handful of cases written
 * for the tests, the demo publications, an editor, an admin and an API token.
 */
final class TestSite implements AutoCloseable {
    static final String EDITOR = "ana", EDITOR_PASSWORD = "correct horse battery", ADMIN = "root", ADMIN_PASSWORD = "admin password 123";

    final CaseStore cases;
    final Site site;
    final WebApp.Server server;
    final String token;
    /** The site's own installation (fixture cases, demo publications, accounts), closed with the site. */
    private final Menagerie menagerie;
    /** A workspace the site's checker reads from, closed with the site; null when the test owns its own. */
    private Menagerie demo;

    TestSite(Path dir, Supplier<Checker> checker, Fetcher fetcher, int checkLimit) {
        this(dir, checker, fetcher, checkLimit, Limits.defaults());
    }

    /**
     * Assembled as {@code menagerie serve} assembles a site ({@link Site#of}), over a workspace without the demo catalog
     * and without vectors in search, holding the fixture cases; {@code checker} replaces the workspace's own.
     */
    TestSite(Path dir, Supplier<Checker> checker, Fetcher fetcher, int checkLimit, Limits limits) {
        this(dir, false, checker, fetcher, checkLimit, limits);
    }

    private TestSite(Path dir, boolean demoCatalog, Supplier<Checker> checker, Fetcher fetcher, int checkLimit, Limits limits) {
        this(dir, demoCatalog, checker, fetcher, checkLimit, limits, new java.util.Properties());
    }

    private TestSite(Path dir, boolean demoCatalog, Supplier<Checker> checker, Fetcher fetcher, int checkLimit, Limits limits,
                     java.util.Properties more) {
        java.util.Properties settings = new java.util.Properties();
        settings.putAll(more);
        settings.setProperty(Menagerie.DEMO_SETTING, String.valueOf(demoCatalog));
        // The fixture sites check with a checker of their own, so their search needs no vectors; the demo site checks
        // with its own, which reads the index's vectors, as a served workspace does.
        if (!demoCatalog) settings.setProperty("search.vectors", "false");
        menagerie = Menagerie.open(new Workspace(dir, settings));
        cases = menagerie.cases();
        if (!demoCatalog) {
            cases.putNarrative(new Narrative("nato-aggressor", "NATO is the aggressor", "Russia only answers NATO's threats.", List.of("en", "ro"), Status.PUBLISHED));
            cases.putNarrative(new Narrative("biolabs", "Secret biolabs", "US-funded labs make weapons.", List.of("en"), Status.PUBLISHED));
            cases.putAll(fixtureCases(), "fixture");
            DemoPublications.loadInto(menagerie.publications());
        }
        var accounts = menagerie.accounts();
        accounts.put(EDITOR, Account.Role.EDITOR, EDITOR_PASSWORD.toCharArray());
        accounts.put(ADMIN, Account.Role.ADMIN, ADMIN_PASSWORD.toCharArray());
        token = accounts.createToken(EDITOR, "tests");
        Site assembled = Site.of(menagerie, fetcher, "http://menagerie.test", checkLimit);
        site = demoCatalog ? assembled : assembled.withChecker(checker);
        server = WebApp.start(site, "127.0.0.1", 0, limits);
    }

    /**
     * The site a new user gets from {@code menagerie serve}: a fresh workspace with the demo catalog and publications
     * (search with vectors, which its own checker reads), an editor, an admin and a token.
     */
    static TestSite demoSite(Path dir) {
        return new TestSite(dir, true, null, loopbackFetcher(), 1000, Limits.defaults());
    }

    /**
     * The demo site with monitoring's settings as a desk on this machine runs it: {@code watch=true}, sources on
     * loopback allowed and no delay between requests to one host. The test starts the loops when its outlets are in.
     */
    static TestSite monitoringSite(Path dir) {
        java.util.Properties watch = new java.util.Properties();
        watch.setProperty("watch", "true");
        watch.setProperty("watch.allow-loopback", "true");
        watch.setProperty("watch.host-delay-ms", "0");
        return new TestSite(dir, true, null, loopbackFetcher(), 1000, Limits.defaults(), watch);
    }

    /**
     * A fresh workspace holding the demo catalog, as {@code menagerie serve} opens it; its checker is built on the
     * first check (embedding the 47 demo cases takes seconds), so a test class shares one.
     */
    static Menagerie demo(Path dir) {
        return Menagerie.open(Workspace.at(dir));
    }

    /** A fetcher that reaches only this machine and resolves no names: whatever link a test posts, nothing leaves it. */
    static Fetcher loopbackFetcher() {
        return new Fetcher(FetchLimits.defaults(), AddressPolicy.loopbackOnly(), host -> {
            throw new UnknownHostException(host + " (the tests resolve no names)");
        });
    }

    /** The site's installation, for a test that adds what the site then serves (alerts, accounts). */
    Menagerie menagerie() {
        return menagerie;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        menagerie.close();
        if (demo != null) demo.close();
    }

    /**
     * A site whose checks run on the real checker over a fresh demo workspace in {@code dir/demo}, and whose links reach
     * only loopback; closing the site closes the workspace too.
     */
    static TestSite withDemoChecker(Path dir, int checkLimit) throws java.io.IOException {
        Menagerie demo = demo(dir.resolve("demo"));
        try {
            TestSite site = new TestSite(java.nio.file.Files.createDirectories(dir.resolve("site")), demo::checker,
                    loopbackFetcher(), checkLimit);
            site.demo = demo;
            return site;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    static List<Case> fixtureCases() {
        List<Case> out = new ArrayList<>();
        out.add(c("nato-riga-war-plans", "NATO ministers in Riga approved plans to attack Russia",
                "Pro-Kremlin outlets claimed that the NATO foreign ministers' meeting in Riga in December 2021 approved plans for an attack on Russia.",
                "The meeting took no military decision; its communiqué called on Russia to de-escalate.",
                Verdict.DISINFORMATION, List.of("Russia", "Latvia"), List.of("NATO", "Riga", "military"), List.of("nato-aggressor"), "en", "2021-12-02"));
        out.add(c("nato-promise-expansion", "The West promised that NATO would not expand eastwards",
                "A recurring claim that NATO broke a binding promise made to the USSR in 1990.",
                "No treaty or written commitment exists; the 1990 talks concerned German reunification.",
                Verdict.FALSE, List.of("Russia", "Germany"), List.of("NATO", "enlargement"), List.of("nato-aggressor"), "en", "2021-11-20"));
        out.add(c("ukraine-donbas-offensive", "Ukraine is preparing an offensive in Donbas",
                "Claims that Kyiv massed troops to retake Donbas by force in late 2021.",
                "No evidence was offered; Ukraine denied it publicly.",
                Verdict.DISINFORMATION, List.of("Ukraine"), List.of("Donbas", "military", "Ukraine"), List.of("nato-aggressor"), "ru", "2021-12-05"));
        out.add(c("biolabs-ukraine", "US biolabs in Ukraine develop bioweapons",
                "Claims that public-health laboratories in Ukraine are secret US weapons labs.",
                "The labs are civilian facilities of threat-reduction programmes whose work is public.",
                Verdict.FALSE, List.of("Ukraine", "USA"), List.of("biolabs", "health"), List.of("biolabs"), "en", "2021-10-10"));
        out.add(c("vaccine-microchip", "COVID-19 vaccines contain microchips",
                "Videos claim that vaccines carry microchips to track people.",
                "Vaccine ingredients are public; no chip fits through a vaccine needle or could work without power.",
                Verdict.FALSE, List.of("Romania"), List.of("vaccine", "COVID-19", "health"), List.of(), "ro", "2021-12-08"));
        out.add(c("xss-probe", "<script>alert('x')</script> is a claim with markup",
                "A case whose text carries <b>HTML</b> and </script> to prove escaping.", null,
                Verdict.MISLEADING, List.of("Romania"), List.of("escaping"), List.of(), "ro", "2021-01-01"));
        for (int i = 1; i <= 25; i++) {
            out.add(c("nato-bases-" + i, "NATO builds secret base number " + i + " on Russia's border",
                    "One of many variants of the claim that NATO secretly builds bases near Russia (variant " + i + ").",
                    "No such base exists.", Verdict.FALSE, List.of("Russia"), List.of("NATO", "bases"), List.of("nato-aggressor"),
                    "en", "2020-01-" + String.format(Locale.ROOT, "%02d", i)));
        }
        return out;
    }

    private static Case c(String id, String claim, String summary, String debunk, Verdict v, List<String> countries,
                          List<String> keywords, List<String> narratives, String lang, String date) {
        return Case.builder(id, claim).summary(summary).debunk(debunk).verdict(v).countries(countries).keywords(keywords)
                .narratives(narratives).languages(List.of(lang)).reviewer("EUvsDisinfo").reviewDate(LocalDate.parse(date))
                .reviewUrl("https://euvsdisinfo.eu/report/" + id)
                .appearances(List.of(new Appearance("example-outlet.ru", "https://example-outlet.ru/" + id, LocalDate.parse(date), null)))
                .provenance(Provenance.ofFile("fixture", "TestSite.java", 1)).status(Status.PUBLISHED).build();
    }
}
