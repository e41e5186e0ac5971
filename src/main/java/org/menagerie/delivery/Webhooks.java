package org.menagerie.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.menagerie.catalog.Check;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.UrlGuard;

/**
 * Posts notices to users' webhook endpoints: a JSON body ({@link NoticeJson}), signed ({@link Signature}), retried
 * with exponential back-off on a server error, a timeout, 408, 429 or a broken connection; a delivery that still
 * fails, or that the endpoint refuses outright (another 4xx), goes to the dead-letter list with its last answer. The
 * endpoint's address is checked by the {@link UrlGuard} before any connection, as a user-given URL must be.
 */
public final class Webhooks {
    private final UrlGuard guard;
    private final HttpClient client;
    private final Backoff backoff;
    private final Clock clock;
    private final List<DeadLetter> dead = new ArrayList<>();

    /**
     * @param url where to post
     * @param secret the key deliveries are signed with
     */
    public record Endpoint(String user, String url, String secret) {
        public Endpoint {
            Check.notBlank(user, "user");
            Check.notBlank(url, "url");
            Check.notBlank(secret, "secret");
        }

        @Override
        public String toString() {
            return "Endpoint[user=" + user + ", url=" + url + "]"; // never the secret
        }
    }

    /**
     * A delivery given up on.
     *
     * @param status the last HTTP status, or 0 when there was no answer
     * @param error the last error, in a sentence
     */
    public record DeadLetter(String delivery, Endpoint endpoint, String body, int attempts, int status, String error, Instant at) {}

    /**
     * How retries wait: {@code first}, then twice as long each time, {@code attempts} tries in all.
     *
     * @param sleeper waits (tests pass one that records and returns at once)
     */
    public record Backoff(int attempts, Duration first, Sleeper sleeper) {
        public Backoff {
            if (attempts < 1) throw new IllegalArgumentException("attempts must be positive: " + attempts);
            Check.notNull(first, "first");
            Check.notNull(sleeper, "sleeper");
        }

        public static Backoff standard() {
            return new Backoff(5, Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()));
        }
    }

    /** Waits for a while. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public Webhooks(UrlGuard guard, HttpClient client, Backoff backoff, Clock clock) {
        this.guard = Check.notNull(guard, "guard");
        this.client = Check.notNull(client, "client");
        this.backoff = Check.notNull(backoff, "backoff");
        this.clock = Check.notNull(clock, "clock");
    }

    /** Delivers a notice; true when the endpoint accepted it, false when it went to the dead-letter list. */
    public boolean send(Endpoint endpoint, Notice notice) throws InterruptedException {
        Optional<DeadLetter> failed = deliver(endpoint, UUID.randomUUID().toString(), NoticeJson.write(notice));
        failed.ifPresent(d -> {
            synchronized (dead) {
                dead.add(d);
            }
        });
        return failed.isEmpty();
    }

    /**
     * Delivers a body under a delivery id the caller chose (the same on every retry of one notice, so that a receiver
     * can tell a repeat); the dead letter when it was given up on, for the caller to keep.
     */
    public Optional<DeadLetter> deliver(Endpoint endpoint, String id, String body) throws InterruptedException {
        Check.notNull(endpoint, "endpoint");
        Check.notBlank(id, "id");
        Check.notNull(body, "body");
        UrlGuard.Target target;
        try {
            target = guard.check(endpoint.url());
        } catch (FetchException e) {
            return dead(id, endpoint, body, 0, 0, e.getMessage());
        }
        int status = 0;
        String error = null;
        for (int attempt = 1; attempt <= backoff.attempts(); attempt++) {
            if (attempt > 1) backoff.sleeper().sleep(backoff.first().multipliedBy(1L << Math.min(20, attempt - 2)));
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(target.uri()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Menagerie-Webhooks/1")
                    .header(Signature.DELIVERY, id).header(Signature.TIMESTAMP, timestamp)
                    .header(Signature.HEADER, Signature.of(endpoint.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) return Optional.empty();
                error = "the endpoint answered " + status;
                if (status < 500 && status != 408 && status != 429) return dead(id, endpoint, body, attempt, status, error + ", not retried");
            } catch (IOException e) {
                status = 0;
                error = "no answer: " + e;
            }
        }
        return dead(id, endpoint, body, backoff.attempts(), status, error);
    }

    private Optional<DeadLetter> dead(String id, Endpoint endpoint, String body, int attempts, int status, String error) {
        return Optional.of(new DeadLetter(id, endpoint, body, attempts, status, error, clock.instant()));
    }

    /** The deliveries given up on, oldest first, for an admin to see and resend. */
    public List<DeadLetter> deadLetters() {
        synchronized (dead) {
            return List.copyOf(dead);
        }
    }
}
