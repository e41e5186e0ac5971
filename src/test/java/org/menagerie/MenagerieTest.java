package org.menagerie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.DemoCatalog;
import org.menagerie.catalog.Provenance;
import org.menagerie.store.H2;

class MenagerieTest {
    @TempDir Path dir;

    static Workspace withoutDemo(Path root) {
        Properties settings = new Properties();
        settings.setProperty(Menagerie.DEMO_SETTING, "false");
        return new Workspace(root, settings);
    }

    @Test
    void opensAStoreInTheWorkspaceAndKeepsItsCases() {
        Workspace workspace = withoutDemo(dir.resolve("ws"));
        try (Menagerie m = Menagerie.open(workspace)) {
            assertThat(m.cases().count()).isZero();
            m.cases().put(Case.builder("test-1", "A claim.").provenance(Provenance.ofEditor("ana")).build(), "editor:ana");
        }

        assertThat(H2.exists(workspace.store())).isTrue();
        try (Menagerie m = Menagerie.open(workspace)) {
            assertThat(m.cases().get("test-1")).isPresent();
        }
    }

    @Test
    void aNewWorkspaceGetsTheBundledDemoCatalogIfThereIsOne() {
        boolean bundled = Menagerie.class.getResource(DemoCatalog.CASES) != null;
        try (Menagerie m = Menagerie.open(new Workspace(dir.resolve("ws"), null))) {
            long count = m.cases().count();
            if (bundled) {
                assertThat(count).isPositive();
                assertThat(m.cases().history(firstId(m)).get(0).author()).isEqualTo(DemoCatalog.AUTHOR);
            } else {
                assertThat(count).isZero();
            }
        }
    }

    private static String firstId(Menagerie m) {
        List<String> ids = new java.util.ArrayList<>();
        m.cases().forEach(c -> ids.add(c.id()));
        return ids.get(0);
    }
}
