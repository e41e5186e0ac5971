package org.menagerie.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HealthTest {
    final AtomicLong now = new AtomicLong();
    final Probe fine = () -> List.of(ProbeReading.of("documents", 42));
    final Probe broken = () -> {
        throw new IllegalStateException("connection refused\nat line two");
    };

    @Test
    void upWhileEveryRequiredBackEndAnswers() {
        Health health = new Health(List.of(new Health.Part("store", "h2", true, fine),
                new Health.Part("queue", "kafka", false, broken)), 1000, now::get);
        Health.Status s = health.check();
        assertThat(s.up()).isTrue();
        assertThat(s.reports()).extracting(ProbeReport::part, ProbeReport::up).containsExactly(
                org.assertj.core.groups.Tuple.tuple("store", true), org.assertj.core.groups.Tuple.tuple("queue", false));
        assertThat(s.reports().get(0).readings()).containsExactly(ProbeReading.of("documents", 42));
        assertThat(s.reports().get(1).problem()).isEqualTo("IllegalStateException: connection refused");
    }

    @Test
    void downWhenARequiredBackEndFails() {
        Health health = new Health(List.of(new Health.Part("store", "postgres", true, broken),
                new Health.Part("index", "lucene", true, fine)), 1000, now::get);
        assertThat(health.check().up()).isFalse();
    }

    @Test
    void aBackEndThatHangsIsReportedDownWithinTheLimit() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Probe hangs = () -> {
            never.await();
            return List.of();
        };
        Health health = new Health(List.of(new Health.Part("index", "solr", true, hangs),
                new Health.Part("store", "h2", true, fine)), 200, now::get);
        Health.Status s = health.check();
        assertThat(s.up()).isFalse();
        assertThat(s.reports().get(0).problem()).contains("time limit");
        assertThat(s.reports().get(1).up()).isTrue();
    }

    @Test
    void aResultIsReusedForOneSecond() {
        AtomicInteger calls = new AtomicInteger();
        Probe counted = () -> List.of(ProbeReading.of("calls", calls.incrementAndGet()));
        Health health = new Health(List.of(new Health.Part("store", "h2", true, counted)), 1000, now::get);
        health.check();
        now.addAndGet(900_000_000L);
        assertThat(health.check().reports().get(0).readings().get(0).value()).isEqualTo(1);
        now.addAndGet(200_000_000L);
        assertThat(health.check().reports().get(0).readings().get(0).value()).isEqualTo(2);
    }
}
