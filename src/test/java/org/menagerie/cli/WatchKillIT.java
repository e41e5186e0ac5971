package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.queue.Delivery;
import org.menagerie.watch.ArticleQuery;
import org.menagerie.watch.Intake;
import org.menagerie.watch.StoredArticle;

/**
 * {@code watch} killed with SIGKILL in the middle of a poll, then run again, stores every item exactly once and hands
 * every new story on. The feed server runs here, on 127.0.0.1; the watcher in a JVM of its own.
 */
class WatchKillIT {
    private static final int ITEMS = 40;
    @TempDir Path dir;
    private HttpServer server;
    private final AtomicInteger pages = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", x -> {
            try (x) {
                String path = x.getRequestURI().getPath();
                byte[] body;
                String type = "text/html; charset=utf-8";
                if (path.equals("/feed.xml")) {
                    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>"
                            + "<link>" + base() + "/</link><description>d</description>");
                    for (int i = 0; i < ITEMS; i++) {
                        b.append("<item><title>Story ").append(i).append("</title><link>").append(base()).append("/news/")
                                .append(i).append(".html</link><description>Summary ").append(i).append("</description></item>");
                    }
                    body = b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
                    type = "application/rss+xml";
                } else if (path.startsWith("/news/")) {
                    pages.incrementAndGet();
                    sleep(150); // slow pages, so that the kill lands mid-poll
                    String n = path.replaceAll("\\D", "");
                    StringBuilder words = new StringBuilder();
                    for (int k = 0; k < 40; k++) words.append(" w").append(Integer.parseInt(n) * 1000 + k);
                    body = ("<html><head><title>Story " + n + "</title></head><body><article><h1>Story " + n + "</h1><p>"
                            + "Distinct report number " + n + ":" + words + ".</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
                } else {
                    x.sendResponseHeaders(404, -1);
                    return;
                }
                x.getResponseHeaders().add("Content-Type", type);
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aKilledWatchRunAgainStoresEveryItemOnceAndHandsEveryStoryOn() throws Exception {
        Cli cli = new Cli(dir.resolve("ws"));
        Files.writeString(cli.workspace.resolve("menagerie.properties"),
                "demo=false\nwatch.allow-loopback=true\nwatch.host-delay-ms=0\nwatch.contact=mailto:desk@example.org\n");
        assertThat(cli.run("outlets", "add", "Desk", "--id", "desk", "--feed", base() + "/feed.xml").code()).isZero();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", cli.workspace.toString(), "watch").redirectErrorStream(true)
                .redirectOutput(dir.resolve("watch.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (pages.get() < 8 && System.nanoTime() < deadline && child.isAlive()) Thread.sleep(20);
        child.destroyForcibly();
        child.waitFor();
        assertThat(child.exitValue()).as("killed, not finished: " + Files.readString(dir.resolve("watch.log"))).isEqualTo(137);
        long partial = stored(cli.workspace).size();
        assertThat(partial).as("killed mid-poll").isBetween(1L, (long) ITEMS - 1);

        Cli.Run again = cli.run("watch", "--once");
        assertThat(again.code()).as(again.err()).isZero();
        List<StoredArticle> all = stored(cli.workspace);
        assertThat(all).hasSize(ITEMS);
        assertThat(all).extracting(StoredArticle::itemKey).doesNotHaveDuplicates();
        assertThat(all).extracting(StoredArticle::canonicalUrl).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(a -> assertThat(a.text()).contains("Distinct report number"));

        try (Menagerie m = Menagerie.open(Workspace.at(cli.workspace))) {
            List<Delivery> handed = m.monitoring().queue().poll(Intake.TOPIC, "checker", 1000, Duration.ofMinutes(1));
            Map<String, Integer> perStory = new HashMap<>();
            for (Delivery d : handed) perStory.merge(d.message().payload().replaceAll(".*\"story\":(\\d+).*", "$1"), 1, Integer::sum);
            assertThat(perStory).as("every story handed on").hasSize(ITEMS);
            // At least once: a kill between storing a story and marking it handed on repeats that one story, no more.
            assertThat(handed.size()).isBetween(ITEMS, ITEMS + 1);
        }
    }

    private static List<StoredArticle> stored(Path workspace) {
        try (Menagerie m = Menagerie.open(Workspace.at(workspace))) {
            return m.monitoring().articles().list(ArticleQuery.recent(10_000));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
