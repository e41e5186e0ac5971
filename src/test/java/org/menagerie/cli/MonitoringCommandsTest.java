package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://127.0.0.1/</link>"
            + "<description>d</description><item><title>One</title><link>http://127.0.0.1/1</link><description>x</description></item></channel></rss>";
    @TempDir Path dir;
    private HttpServer server;
    private Map<String, String> site;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            try (x) {
                String body = site.get(x.getRequestURI().getPath());
                if (body == null) {
                    x.sendResponseHeaders(404, -1);
                    return;
                }
                String path = x.getRequestURI().getPath();
                x.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain"
                        : path.endsWith("/") ? "text/html" : "application/rss+xml");
                byte[] b = body.getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(200, b.length);
                x.getResponseBody().write(b);
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

    private Cli cli() throws Exception {
        Cli cli = new Cli(dir.resolve("ws"));
        Files.writeString(cli.workspace.resolve("menagerie.properties"), "demo=false\nwatch.allow-loopback=true\nwatch.host-delay-ms=0\n");
        return cli;
    }

    @Test
    void outletsAreAddedImportedListedShownAndRemoved() throws Exception {
        Cli cli = cli();
        Cli.Run add = cli.run("outlets", "add", "Sputnik Moldova", "--home", "https://www.sputnik.md/", "--country", "MD",
                "--language", "ro,ru", "--feed", "https://sputnik.md/export/rss2/archive/index.xml");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("Outlet sputnik-moldova (Sputnik Moldova): 1 sources");
        Path csv = Files.writeString(dir.resolve("outlets.csv"), "name,home,country,languages,feeds,notes\n"
                + "\"Desk, One\",https://one.example/,RO,ro,https://one.example/rss.xml;https://one.example/atom.xml,\"said \"\"hi\"\"\"\n"
                + ",https://nameless.example/,,,,\n");
        Cli.Run imported = cli.run("outlets", "import", csv.toString());
        assertThat(imported.out()).contains("Imported 1 outlets; 1 problems");
        assertThat(imported.err()).contains("name is missing");

        JsonNode list = JSON.readTree(cli.run("outlets", "list", "--json").out());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asText()).isEqualTo("desk-one");
        assertThat(list.get(0).get("sources").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("domains").get(0).asText()).isEqualTo("one.example");
        assertThat(list.get(1).get("health").get("state").asText()).isEqualTo("new");

        Cli.Run show = cli.run("outlets", "show", "desk-one");
        assertThat(show.out()).contains("notes: said \"hi\"").contains("FEED desk-one/").contains("https://one.example/atom.xml");
        assertThat(cli.run("outlets", "remove", "desk-one").code()).isZero();
        assertThat(cli.run("outlets", "show", "desk-one").code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void discoverFindsLinkedAndUsualFeedsElseTheSitemapsOfRobotsTxt() throws Exception {
        site = Map.of("/", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news.rss\"></head></html>",
                "/news.rss", RSS, "/rss.xml", RSS);
        Cli cli = cli();
        cli.run("outlets", "add", "Desk", "--id", "desk");
        Cli.Run found = cli.run("outlets", "discover", base() + "/", "--add", "desk");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).contains(base() + "/news.rss").contains("<link rel=alternate")
                .contains(base() + "/rss.xml").contains("usual path /rss.xml").contains("Added 2 sources to desk");

        site = Map.of("/", "<html><head></head></html>", "/robots.txt", "User-agent: *\nSitemap: " + base() + "/news-sitemap.xml\n");
        Cli.Run fallback = cli.run("outlets", "discover", base() + "/");
        assertThat(fallback.out()).contains("SITEMAP").contains(base() + "/news-sitemap.xml").contains("robots.txt Sitemap:");
    }

    @Test
    void anExportIngestedTwiceIsListedOnce() throws Exception {
        Cli cli = cli();
        Path file = Files.writeString(dir.resolve("replay.jsonl"),
                "{\"id\": \"a\", \"published\": \"2024-01-02T03:04:05Z\", \"outlet\": \"Desk\", \"url\": \"https://a.example/1?utm_source=x\", "
                        + "\"title\": \"Ceva\", \"text\": \"Guvernul a anunțat astăzi noi măsuri pentru sprijinirea fermierilor afectați de secetă.\", \"language\": null}\n"
                        + "{\"id\": \"b\", \"outlet\": \"Other\", \"text\": \"Guvernul a anunțat astăzi noi măsuri pentru sprijinirea fermierilor afectați de secetă.\"}\n");
        assertThat(cli.run("ingest", file.toString(), "--format", "jsonl").out()).contains("1 new stories, 1 copies joining a story");
        assertThat(cli.run("ingest", file.toString(), "--format", "jsonl").out()).contains("2 seen before");
        JsonNode all = JSON.readTree(cli.run("articles", "--json").out());
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("articles")).allSatisfy(a -> assertThat(a.get("language").asText()).isEqualTo("ro"));
        assertThat(JSON.readTree(cli.run("articles", "--json", "--outlet", "Other").out()).get("total").asInt()).isEqualTo(1);
        assertThat(cli.run("ingest", file.toString(), "--format", "xml").code()).isEqualTo(ExitCode.USAGE);
    }
}
