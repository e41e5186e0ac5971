package org.menagerie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Menagerie owns the loops it starts: closing it stops them. */
class MonitoringLoopsTest {
    @TempDir Path dir;

    @Test
    void closingTheInstallationStopsTheLoopsItStarted() {
        Properties settings = new Properties();
        settings.setProperty(Menagerie.DEMO_SETTING, "false");
        Menagerie m = Menagerie.open(new Workspace(dir, settings));
        MonitoringLoops loops = m.startMonitoring(new MonitoringOptions(false, 0, 8, false, true, null));
        assertThat(loops.delivering()).isTrue();
        assertThat(loops.watching()).isFalse();
        assertThat(loops.checking()).isFalse();
        assertThat(loops.running()).isTrue();
        m.close();
        assertThat(loops.running()).isFalse();
    }
}
