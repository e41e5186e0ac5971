package org.menagerie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of ARCHITECTURE: the domain knows nothing of the web, the command line or database drivers. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.menagerie");
    }

    @Test
    void domainIsFreeOfWebCliAndDatabaseCode() {
        noClasses().that().resideInAnyPackage("org.menagerie.catalog..", "org.menagerie.text..",
                        "org.menagerie.check..", "org.menagerie.extract..", "org.menagerie.dataset..", "org.menagerie.ner..",
                        "org.menagerie.outlet..", "org.menagerie.feed..", "org.menagerie.dedup..", "org.menagerie.queue..",
                        "org.menagerie.watch..", "org.menagerie.alert..", "org.menagerie.standing..",
                        "org.menagerie.health..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..", "picocli..",
                        "java.sql..", "org.h2..", "org.flywaydb..", "org.menagerie.web..", "org.menagerie.cli..",
                        "org.menagerie.store..")
                .check(classes);
    }

    @Test
    void deliveryTalksToTheNetworkButNotToTheWebAppTheCommandLineOrTheStore() {
        noClasses().that().resideInAPackage("org.menagerie.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..", "picocli..", "java.sql..",
                        "org.menagerie.web..", "org.menagerie.cli..", "org.menagerie.store..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.menagerie.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndTheWebKnowTheirFrameworks() {
        noClasses().that().resideOutsideOfPackages("org.menagerie.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.menagerie.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void theEntityRecogniserStandsBelowTextAnalysis() {
        noClasses().that().resideInAPackage("org.menagerie.ner..")
                .should().dependOnClassesThat().resideInAnyPackage("org.menagerie.text..", "org.menagerie.eval..",
                        "org.menagerie.check..", "org.menagerie.search..", "org.menagerie.embedding..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndTheWebReachUpToTheFrontDoor() {
        noClasses().that().resideInAPackage("org.menagerie.*..")
                .and().resideOutsideOfPackages("org.menagerie.cli..", "org.menagerie.web..")
                .should().dependOnClassesThat().resideInAPackage("org.menagerie")
                .check(classes);
    }

    @Test
    void databaseAndIndexTypesStayInTheirPackages() {
        noClasses().that().resideOutsideOfPackages("org.menagerie.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..", "org.postgresql..", "com.zaxxer..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.menagerie.search..", "org.menagerie.check..", "org.menagerie.text..",
                        "org.menagerie.standing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void onlyTheKafkaQueueKnowsKafka() {
        noClasses().that().resideOutsideOfPackages("org.menagerie.queue.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
                .check(classes);
        noClasses().that().resideInAPackage("org.menagerie.worker..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..", "picocli..", "java.sql..",
                        "org.menagerie.web..", "org.menagerie.cli..")
                .check(classes);
    }

    @Test
    void packagesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.menagerie.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSiteIsAssembledInOnePlace() {
        noClasses().that().doNotHaveFullyQualifiedName("org.menagerie.web.Site")
                .should().callConstructor(org.menagerie.web.Site.class, org.menagerie.catalog.CaseStore.class,
                        org.menagerie.web.CaseFinder.class, org.menagerie.publish.PublicationStore.class,
                        org.menagerie.publish.Accounts.class, java.util.function.Supplier.class,
                        org.menagerie.ingest.Fetcher.class, String.class, int.class,
                        org.menagerie.publish.SessionStore.class, org.menagerie.publish.LoginThrottle.class,
                        java.util.List.class, org.menagerie.health.Health.class, org.menagerie.desk.Desk.class,
                        org.menagerie.delivery.AlertFeed.class)
                .because("Site.of builds the site the serve command and the tests run")
                .check(classes);
    }

    @Test
    void solrClientTypesStayInTheSolrEngineWhichNeedsNoJettyNorZooKeeper() {
        noClasses().that().resideOutsideOfPackages("org.menagerie.search.solr..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.solr..")
                .check(classes);
        noClasses().that().resideInAPackage("org.menagerie.search.solr..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "org.apache.zookeeper..",
                        "org.apache.http..", "org.menagerie.web..", "org.menagerie.cli..", "org.menagerie.store..")
                .check(classes);
    }
}
