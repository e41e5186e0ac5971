package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.publish.Account;

/**
 * A server killed with SIGKILL while API writes are coming in loses no acknowledged write, and after a restart its
 * search index agrees with its store.
 */
class ServeKillIT {
    private static final Pattern PORT = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");
    @TempDir Path dir;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheIndexCatchesUp() throws Exception {
        Files.writeString(dir.resolve("menagerie.properties"), "demo=false\nsearch.vectors=false\n");
        String token;
        try (Menagerie m = Menagerie.open(Workspace.at(dir))) {
            m.accounts().put("writer", Account.Role.EDITOR, "a long enough password".toCharArray());
            token = m.accounts().createToken("writer", "kill test");
        }
        Process server = serve();
        String base = "http://127.0.0.1:" + port(server);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; ; i++) {
                String id = "killed-" + i;
                String json = "{\"id\":\"" + id + "\",\"claim\":\"Zanzibarian claim number " + i + "\",\"verdict\":\"FALSE\","
                        + "\"provenance\":{\"dataset\":\"api\"},\"status\":\"PUBLISHED\"}";
                try {
                    var res = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + id))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(20)).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 201) acknowledged.add(id);
                } catch (Exception e) {
                    return; // the server is gone
                }
            }
        });
        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < 40 && System.nanoTime() < deadline) Thread.sleep(20);
        server.destroyForcibly(); // SIGKILL, mid-stream
        server.waitFor();
        writer.join(30_000);
        assertThat(server.exitValue()).isEqualTo(137);
        List<String> acked = List.copyOf(acknowledged);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(40);

        Process again = serve();
        String base2 = "http://127.0.0.1:" + port(again);
        try {
            for (String id : acked) {
                assertThat(get(base2 + "/api/v1/cases/" + id).statusCode()).as(id).isEqualTo(200);
            }
            String found = get(base2 + "/api/v1/cases?q=Zanzibarian&size=100").body();
            long total = Long.parseLong(found.replaceAll("(?s).*?\"total\":(\\d+).*", "$1"));
            assertThat(total).as("every acknowledged case is found through the index").isGreaterThanOrEqualTo(acked.size());
        } finally {
            again.destroy(); // SIGTERM: the graceful path
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (Menagerie m = Menagerie.open(Workspace.at(dir))) {
            assertThat(m.search().indexedSeq()).isEqualTo(m.cases().lastSeq());
            assertThat((long) m.search().size()).isEqualTo(m.cases().count());
        }
    }

    private Process serve() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", dir.toString(), "serve", "--port", "0").redirectErrorStream(true).start();
    }

    private static int port(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = PORT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) { }
                    } catch (Exception ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve printed no address");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
