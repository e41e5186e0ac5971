package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.publish.Account;

/**
 * Two serve nodes over one store, as behind a load balancer: whichever node a request reaches knows the editor's
 * session and the sign-in failures counted by the other, and a restarted node signs no one out.
 */
class NodesTest {
    @TempDir Path dir;
    Node a, b;

    /** One node: its own workspace (and so its own search index) and web server, over the shared store. */
    record Node(Menagerie menagerie, WebApp.Server server) implements AutoCloseable {
        static Node over(Path workspace) {
            Properties settings = new Properties();
            settings.setProperty(Menagerie.DEMO_SETTING, "false");
            settings.setProperty("h2.dir", "../store");
            Menagerie m = Menagerie.open(new Workspace(workspace, settings));
            try {
                return new Node(m, WebApp.start(Site.of(m, null, "http://menagerie.test", 100), "127.0.0.1", 0));
            } catch (RuntimeException e) {
                m.close();
                throw e;
            }
        }

        String base() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() {
            server.close();
            menagerie.close();
        }
    }

    @BeforeEach
    void nodes() {
        a = Node.over(dir.resolve("a"));
        a.menagerie().accounts().put(TestSite.EDITOR, Account.Role.EDITOR, TestSite.EDITOR_PASSWORD.toCharArray());
        b = Node.over(dir.resolve("b"));
    }

    @AfterEach
    void close() {
        if (b != null) b.close();
        if (a != null) a.close();
    }

    @Test
    void aSessionStartedOnOneNodeIsKnownOnTheOtherUntilSignedOutOnEither() {
        Http onA = new Http(a.base());
        Http onB = onA.at(b.base());
        assertThat(onB.get("/editor").headers().firstValue("Location")).as("not signed in yet").hasValue("/login");
        assertThat(onA.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(onB.get("/editor").statusCode()).as("the session reaches node b").isEqualTo(200);
        assertThat(onA.get("/editor").statusCode()).isEqualTo(200);

        // A form rendered by one node posts to the other: the CSRF token is the shared session's.
        Map<String, String> signOut = new LinkedHashMap<>();
        signOut.put("_csrf", onA.csrf("/editor"));
        assertThat(onB.form("/logout", signOut).statusCode()).isEqualTo(302);
        assertThat(onA.get("/editor").headers().firstValue("Location")).as("signed out on b, so on a too").hasValue("/login");
    }

    @Test
    void aRestartedNodeSignsNoOneOut() {
        Http browser = new Http(a.base());
        assertThat(browser.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD).statusCode()).isEqualTo(302);
        b.close();
        b = null;
        a.close();
        a = Node.over(dir.resolve("a")); // a new node over the same store, every in-memory state gone
        assertThat(browser.at(a.base()).get("/editor").statusCode()).isEqualTo(200);
    }

    @Test
    void signInFailuresOnEveryNodeCountTowardsOneLockOut() {
        Http onA = new Http(a.base());
        Http onB = new Http(b.base());
        int limit = a.menagerie().loginThrottle().perAccount();
        for (int i = 0; i < limit; i++) {
            assertThat((i % 2 == 0 ? onA : onB).login(TestSite.EDITOR, "wrong " + i).statusCode()).isEqualTo(401);
        }
        var locked = onA.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        assertThat(locked.statusCode()).as("right password after failures spread over both nodes").isEqualTo(429);
        assertThat(onB.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD).statusCode()).isEqualTo(429);
    }
}
