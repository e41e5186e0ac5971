package org.menagerie.delivery;

import java.util.List;
import java.util.Optional;
import org.menagerie.catalog.Check;
import org.menagerie.standing.StandingQuery;

/**
 * Each account's notification settings (embedded H2 or PostgreSQL): how often it hears, its e-mail address, its
 * webhook endpoints, its saved searches and watched cases and narratives, and the private token of its alert feed.
 */
public interface Subscriptions {
    /**
     * @param user the account's name
     * @param frequency how often notices go out
     * @param email where digests are mailed, or null for none
     */
    record Settings(String user, Frequency frequency, String email) {
        public Settings {
            Check.notBlank(user, "user");
            Check.notNull(frequency, "frequency");
            email = email == null || email.isBlank() ? null : email.strip();
            if (email != null && (!email.contains("@") || email.length() > 320 || email.contains("\n"))) {
                throw new IllegalArgumentException("not an e-mail address: " + email);
            }
        }
    }

    /** The account's settings; instant and no e-mail when it never set any. */
    Settings settings(String user);

    /** Saves the settings of an existing account. */
    void put(Settings settings);

    /** The account's standing queries, by id. */
    List<StandingQuery> queries(String user);

    /** Every account's standing queries. */
    List<StandingQuery> allQueries();

    /** Adds or replaces a standing query (by owner and id). */
    void putQuery(StandingQuery query);

    boolean removeQuery(String user, String id);

    List<Webhooks.Endpoint> endpoints(String user);

    /** Adds or replaces a webhook endpoint (by owner and address). */
    void putEndpoint(Webhooks.Endpoint endpoint);

    boolean removeEndpoint(String user, String url);

    /** A new private token for the account's alert feed (the old one stops working); only its hash is kept. */
    String newFeedToken(String user);

    /** The account a feed token belongs to. */
    Optional<String> feedOwner(String token);
}
