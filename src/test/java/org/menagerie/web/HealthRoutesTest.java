package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.catalog.CaseJson;
import org.menagerie.queue.Message;
import org.menagerie.queue.WorkQueue;

/** /health and /metrics over a real embedded installation: each back end's figures, and 503 when the store is gone. */
class HealthRoutesTest {
    @TempDir Path dir;

    private Menagerie open() {
        Properties settings = new Properties();
        settings.setProperty(Menagerie.DEMO_SETTING, "false");
        settings.setProperty("search.vectors", "false");
        return Menagerie.open(new Workspace(dir, settings));
    }

    @Test
    void eachBackEndIsReportedWithItsFigures() throws Exception {
        try (Menagerie m = open()) {
            m.cases().putAll(TestSite.fixtureCases(), "fixture");
            WorkQueue queue = m.monitoring().queue();
            for (int i = 0; i < 3; i++) queue.publish(new Message("stories", "outlet-" + i, "{}"));
            queue.ack("check", queue.poll("stories", "check", 1, java.time.Duration.ofMinutes(1)).get(0));
            try (WebApp.Server server = WebApp.start(Site.of(m, null, "http://menagerie.test", 100), "127.0.0.1", 0)) {
                Http http = new Http("http://127.0.0.1:" + server.port());
                var res = http.get("/health");
                assertThat(res.statusCode()).isEqualTo(200);
                JsonNode body = CaseJson.MAPPER.readTree(res.body());
                assertThat(body.get("status").asText()).isEqualTo("ok");
                JsonNode store = body.get("backends").get("store");
                assertThat(store.get("kind").asText()).isEqualTo("h2");
                assertThat(store.get("up").asBoolean()).isTrue();
                assertThat(store.get("latencyMs").isNumber()).isTrue();
                JsonNode index = body.get("backends").get("index");
                assertThat(index.get("kind").asText()).isEqualTo("lucene");
                assertThat(index.get("documents").asLong()).isEqualTo(TestSite.fixtureCases().size());
                assertThat(index.get("lag").asLong()).isZero();
                JsonNode backlog = body.get("backends").get("queue").get("backlog");
                JsonNode check = null, checkers = null;
                for (JsonNode b : backlog) {
                    if (b.get("topic").asText().equals("stories") && b.get("group").asText().equals("check")) check = b;
                    if (b.get("topic").asText().equals("stories") && b.get("group").asText().equals("checkers")) checkers = b;
                }
                assertThat(check).as("the group that polled").isNotNull();
                assertThat(check.get("value").asLong()).isEqualTo(2);
                assertThat(checkers).as("the installation's own checkers, before any worker ran").isNotNull();
                assertThat(checkers.get("value").asLong()).isEqualTo(3);

                String metrics = http.get("/metrics").body();
                assertThat(metrics).contains("menagerie_backend_up{part=\"store\",kind=\"h2\",required=\"true\"} 1")
                        .contains("menagerie_backend_up{part=\"queue\",kind=\"store\",required=\"false\"} 1")
                        .contains("menagerie_index_documents{kind=\"lucene\"} " + TestSite.fixtureCases().size())
                        .contains("menagerie_index_lag{kind=\"lucene\"} 0")
                        .contains("menagerie_queue_backlog{kind=\"store\",group=\"check\",topic=\"stories\"} 2")
                        .contains("menagerie_backend_probe_seconds{part=\"store\",kind=\"h2\"} ");
            }
        }
    }

    @Test
    void theIndexLagShowsStoreChangesNotYetIndexed() throws Exception {
        try (Menagerie m = open()) {
            Site site = Site.of(m, null, "http://menagerie.test", 100);
            m.cases().putAll(TestSite.fixtureCases().subList(0, 3), "fixture"); // after the index opened
            var index = site.health().check().reports().stream().filter(r -> r.part().equals("index")).findFirst().orElseThrow();
            assertThat(index.readings()).contains(org.menagerie.health.ProbeReading.of("store_seq", 3), org.menagerie.health.ProbeReading.of("lag", 3));
        }
    }

    @Test
    void aNodeWhoseStoreIsGoneAnswers503() throws Exception {
        Menagerie m = open();
        try (WebApp.Server server = WebApp.start(Site.of(m, null, "http://menagerie.test", 100), "127.0.0.1", 0)) {
            m.close(); // the store's connections are gone while the server still runs
            var res = new Http("http://127.0.0.1:" + server.port()).get("/health");
            assertThat(res.statusCode()).isEqualTo(503);
            JsonNode body = CaseJson.MAPPER.readTree(res.body());
            assertThat(body.get("status").asText()).isEqualTo("down");
            assertThat(body.get("backends").get("store").get("up").asBoolean()).isFalse();
            assertThat(body.get("backends").get("store").get("problem").asText()).isNotBlank();
        }
    }
}
