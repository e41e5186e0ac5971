package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void allowsABurstThenRefillsOverTimePerClient() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(6, now::get);
        for (int i = 0; i < 6; i++) assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
        now.addAndGet(10_000_000_000L); // 10 s refill one token at 6 a minute
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 6; i++) assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }
}
