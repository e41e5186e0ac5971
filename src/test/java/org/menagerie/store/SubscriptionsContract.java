package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.delivery.Frequency;
import org.menagerie.delivery.Subscriptions;
import org.menagerie.delivery.Webhooks;
import org.menagerie.publish.Account;
import org.menagerie.standing.StandingQuery;

/** What accounts' notification settings promise on every database. */
public abstract class SubscriptionsContract extends DatabaseContract {
    private Subscriptions subs;

    @BeforeEach
    void openSubscriptions() {
        subs = new JdbcSubscriptions(db);
        new JdbcAccounts(db).put("ana", Account.Role.ANALYST, "a long password".toCharArray());
    }

    @Test
    void settingsQueriesEndpointsAndTheFeedTokenAreKeptPerAccount() {
        assertThat(subs.settings("ana")).isEqualTo(new Subscriptions.Settings("ana", Frequency.INSTANT, null));
        subs.put(new Subscriptions.Settings("ana", Frequency.HOURLY, "ana@newsroom.invalid"));
        assertThat(subs.settings("ana").frequency()).isEqualTo(Frequency.HOURLY);
        assertThatThrownBy(() -> subs.put(new Subscriptions.Settings("nobody", Frequency.DAILY, null))).hasMessageContaining("no account");
        StandingQuery q = new StandingQuery("nato", "ana", StandingQuery.Kind.SEARCH, "NATO \"troops\"", List.of("ro", "en"), List.of("sputnik.md"));
        subs.putQuery(q);
        subs.putQuery(new StandingQuery("labs", "ana", StandingQuery.Kind.NARRATIVE, "biolabs", List.of(), List.of()));
        assertThat(subs.queries("ana")).containsExactly(new StandingQuery("labs", "ana", StandingQuery.Kind.NARRATIVE, "biolabs",
                List.of(), List.of()), q);
        assertThat(subs.removeQuery("ana", "labs")).isTrue();
        assertThat(subs.allQueries()).containsExactly(q);
        subs.putEndpoint(new Webhooks.Endpoint("ana", "https://hooks.example/a", "secret-1"));
        subs.putEndpoint(new Webhooks.Endpoint("ana", "https://hooks.example/a", "secret-2"));
        assertThat(subs.endpoints("ana")).singleElement().extracting(Webhooks.Endpoint::secret).isEqualTo("secret-2");
        String token = subs.newFeedToken("ana");
        assertThat(subs.feedOwner(token)).contains("ana");
        assertThat(subs.feedOwner(token + "x")).isEmpty();
        assertThat(subs.settings("ana").email()).as("kept beside the token").isEqualTo("ana@newsroom.invalid");
    }
}
