package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Account;
import org.menagerie.publish.DemoPublications;
import org.menagerie.publish.Publication;
import org.menagerie.publish.Publication.Kind;
import org.menagerie.publish.PublicationStore.Filter;

/** What the publication store and the accounts beside it promise on every database. */
public abstract class PublicationStoreContract extends DatabaseContract {
    private JdbcPublicationStore store;

    @BeforeEach
    void openStore() {
        store = new JdbcPublicationStore(db);
    }

    @Test
    void loadsTheDemoOnceAndFiltersByKindLanguageTagAndAuthor() {
        assertThat(DemoPublications.loadInto(store)).isEqualTo(8);
        assertThat(DemoPublications.loadInto(store)).isZero();
        assertThat(store.count(Filter.published(Kind.ANALYSIS, "ro"))).isEqualTo(2);
        assertThat(store.count(Filter.published(Kind.BULLETIN, null))).isEqualTo(5);
        assertThat(store.list(new Filter(null, "en", "nato", null, true), 0, 10)).extracting(Publication::slug)
                .containsExactly("bulletin-2021-50", "bulletin-2021-48", "analysis-riga-nato-2021");
        assertThat(store.list(new Filter(null, null, null, "Ioana Mureșan", true), 0, 10)).hasSize(2);
        assertThat(store.authors()).contains("Ioana Mureșan", "Redacția", "The editors");
        assertThat(store.list(Filter.published(Kind.BULLETIN, null), 1, 2)).extracting(Publication::slug)
                .containsExactly("bulletin-2021-50", "buletin-2021-49");
    }

    @Test
    void keepsEveryVersionAndReplacesTags() {
        Publication draft = new Publication("p1", Kind.ANALYSIS, "en", "Title", "Me", null, List.of("A", "b"), "Body",
                List.of(), List.of("case-1"), Status.DRAFT, null, null);
        store.put(draft, "ed1");
        store.put(draft.publishedOn(LocalDate.of(2022, 1, 2)), "ed2");
        Publication got = store.get("p1").orElseThrow();
        assertThat(got.status()).isEqualTo(Status.PUBLISHED);
        assertThat(got.tags()).containsExactly("a", "b");
        assertThat(got.relatedCases()).containsExactly("case-1");
        assertThat(store.history("p1")).extracting(r -> r.version() + ":" + r.editor()).containsExactly("1:ed1", "2:ed2");
        assertThat(store.count(new Filter(null, null, "a", null, false))).isEqualTo(1);
        assertThat(store.count(new Filter(null, null, "a", null, true))).isEqualTo(1);
    }

    @Test
    void accountsCheckBcryptPasswordsAndHashedTokens() {
        JdbcAccounts accounts = new JdbcAccounts(db);
        accounts.put("ana", Account.Role.EDITOR, "long enough password".toCharArray());
        assertThat(accounts.authenticate("ana", "long enough password".toCharArray())).contains(new Account("ana", Account.Role.EDITOR));
        assertThat(accounts.authenticate("ana", "wrong password!".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("nobody", "long enough password".toCharArray())).isEmpty();
        assertThatThrownBy(() -> accounts.put("bob", Account.Role.ADMIN, "short".toCharArray()))
                .hasMessageContaining("at least 10");
        String token = accounts.createToken("ana", "ci");
        assertThat(accounts.byToken(token)).contains(new Account("ana", Account.Role.EDITOR));
        assertThat(accounts.byToken(token + "x")).isEmpty();
        assertThatThrownBy(() -> accounts.createToken("nobody", null)).isInstanceOf(IllegalArgumentException.class);
        try (var c = db.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT password_hash FROM account UNION ALL SELECT token_hash FROM api_token")) {
            while (rs.next()) assertThat(rs.getString(1)).doesNotContain("long enough").isNotEqualTo(token);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
