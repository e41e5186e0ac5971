package org.menagerie;

import java.nio.file.Files;
import java.nio.file.Path;
import org.menagerie.queue.kafka.KafkaBroker;
import org.menagerie.search.solr.SolrCluster;
import org.menagerie.store.Postgres;
import org.menagerie.store.PostgresServer;

/**
 * The cluster back ends of the test suite, started for a measurement by hand: {@code ClusterBackends FILE} starts a
 * PostgreSQL server (embedded binaries), a Kafka broker and the two-node SolrCloud on 127.0.0.1, writes the settings
 * that point a workspace at them to FILE (to append to its menagerie.properties) and runs until killed. Build the Solr
 * harness first ({@code mvn verify} does).
 */
public final class ClusterBackends {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Postgres.Settings pg = PostgresServer.startNew().emptyDatabase();
        String kafka = KafkaBroker.get().bootstrap();
        SolrCluster solr = SolrCluster.get();
        String settings = "store=postgres\npostgres.url=" + pg.url() + "\npostgres.user=" + pg.user()
                + "\npostgres.password=" + pg.password() + "\nindex=solr\nsolr.urls=" + String.join(",", solr.nodeUrls())
                + "\nsolr.collection=bench\nqueue=kafka\nkafka.bootstrap=" + kafka + "\n";
        Files.writeString(out, settings);
        System.err.println("cluster back ends up; settings in " + out);
        Thread.currentThread().join();
    }
}
