package org.menagerie.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.Resolver;
import org.menagerie.ingest.UrlGuard;
import org.menagerie.publish.Account;
import org.menagerie.queue.Message;
import org.menagerie.queue.Topics;
import org.menagerie.standing.StandingQuery;
import org.menagerie.store.H2;
import org.menagerie.store.JdbcAccounts;
import org.menagerie.store.JdbcAlertStore;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.store.JdbcNoticeLog;
import org.menagerie.store.JdbcQueue;
import org.menagerie.store.JdbcSubscriptions;

/** The delivery loop over an embedded store: an alert on a watched case reaches a webhook once, and a digest by mail. */
class DispatcherTest {
    private static final String SECRET = "a-webhook-secret";
    private static final String CASE = "snopes-perfume-sample-robbery";
    private static final Instant T = Instant.parse("2010-05-13T12:00:00Z");
    private final H2.Opened db = H2.memory();
    private final JdbcQueue queue = new JdbcQueue(db.tables());
    private final AlertStore alerts = new JdbcAlertStore(db.tables());
    private final Subscriptions subscriptions = new JdbcSubscriptions(db.tables());
    private final NoticeLog log = new JdbcNoticeLog(db.tables());
    private final List<String> verified = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private GreenMail mail;

    DispatcherTest() {
        new JdbcAccounts(db.tables()).put("ana", Account.Role.ANALYST, "a long password".toCharArray());
        subscriptions.putQuery(new StandingQuery("perfume", "ana", StandingQuery.Kind.CASE, CASE, List.of(), List.of()));
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
        if (mail != null) mail.stop();
        db.close().run();
    }

    private String receiver(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", x -> {
            try (InputStream in = x.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (Signature.verify(SECRET, x.getRequestHeaders().getFirst(Signature.TIMESTAMP), body,
                        x.getRequestHeaders().getFirst(Signature.HEADER))) {
                    verified.add(x.getRequestHeaders().getFirst(Signature.DELIVERY) + " " + body);
                }
                requests.incrementAndGet();
                x.sendResponseHeaders(status, -1);
            }
            x.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private Dispatcher dispatcher(Mailer mailer) {
        Webhooks webhooks = new Webhooks(new UrlGuard(AddressPolicy.loopbackOnly(), Resolver.system()), HttpClient.newHttpClient(),
                new Webhooks.Backoff(2, Duration.ofMillis(1), d -> { }), Clock.fixed(T, ZoneOffset.UTC));
        return new Dispatcher(queue, alerts, new JdbcArticleStore(db.tables()), db.cases(), subscriptions, log, webhooks, mailer,
                Clock.fixed(T, ZoneOffset.UTC));
    }

    /** Records the alert and publishes it as checking does. */
    private String raise(String item) {
        alerts.record(Fixtures.alert(item, CASE, Level.SUGGESTED, 0.7, T.toString()));
        String id = AlertStore.idOf(item, CASE);
        publish(id);
        return id;
    }

    private void publish(String id) {
        queue.publish(new Message(Topics.ALERTS, "outlet", "{\"id\":\"" + id + "\"}"));
    }

    @Test
    void aWatchedCasesAlertReachesTheWebhookOnceSignedEvenWhenHandedOnAgain() throws Exception {
        subscriptions.putEndpoint(new Webhooks.Endpoint("ana", receiver(200), SECRET));
        Dispatcher d = dispatcher(null);
        String id = raise("tweet-sno-1030");
        publish(id); // handed on twice, as after a crash between keeping the hit and acknowledging it
        raise("tweet-unwatched-case".replace("tweet", "x")); // the same case: a second alert in the notice
        assertThat(d.take(10)).isEqualTo(3);
        assertThat(d.flush(T)).isEqualTo(1);
        assertThat(verified).hasSize(1);
        assertThat(verified.get(0)).contains("tweet-sno-1030", "\"alerts\":2");
        publish(id);
        d.take(10);
        assertThat(d.flush(T.plusSeconds(60))).as("sent already").isZero();
        assertThat(requests.get()).isEqualTo(1);
        assertThat(log.notified("ana", 10)).extracting(NoticeLog.Pending::alertId).contains(id);
        assertThat(queue.retained(Topics.ALERTS)).as("acknowledged by delivery, the topic's one reader").isZero();
    }

    @Test
    void aDeliveryTheEndpointRefusesIsADeadLetterAnAdminCanRetry() throws Exception {
        subscriptions.putEndpoint(new Webhooks.Endpoint("ana", receiver(410), SECRET));
        Dispatcher d = dispatcher(null);
        raise("tweet-sno-1030");
        d.take(10);
        d.flush(T);
        List<NoticeLog.Dead> dead = log.deadLetters(10);
        assertThat(dead).singleElement().satisfies(x -> {
            assertThat(x.letter().status()).isEqualTo(410);
            assertThat(x.user()).isEqualTo("ana");
        });
        assertThat(d.retry(dead.get(0).id())).isFalse();
        assertThat(requests.get()).isEqualTo(2);
        assertThat(verified).extracting(v -> v.split(" ")[0]).as("the same delivery id").containsOnly(dead.get(0).letter().delivery());
        assertThat(log.deadLetter(dead.get(0).id()).orElseThrow().retried()).isEqualTo(T);
    }

    @Test
    void aDailyUserGetsOneDigestByMailWhenTheDayEnds() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        p.setProperty("mail.smtp.starttls", "false");
        subscriptions.put(new Subscriptions.Settings("ana", Frequency.DAILY, "ana@newsroom.invalid"));
        Dispatcher d = dispatcher(new Mailer(MailSettings.from(p), id -> "Perfume samples are used to rob women"));
        raise("tweet-sno-1030");
        raise("tweet-sno-1031");
        d.take(10);
        assertThat(d.flush(T.plusSeconds(3600))).as("not before midnight").isZero();
        assertThat(d.flush(Instant.parse("2010-05-14T00:00:00Z"))).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ana@newsroom.invalid");
        assertThat(m.getSubject()).contains("2 alerts");
        assertThat(d.flush(Instant.parse("2010-05-15T00:00:00Z"))).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }
}
