package org.menagerie;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Small samples of each dataset format, committed under {@code src/test/resources/datasets} (their sources and
 * licences: the README there), so that the readers and commands are tested without {@link SharedData}.
 */
public final class Fixtures {
    private Fixtures() {}

    /** A file of the datasets fixture folder, such as {@code dataset("liar.tsv")}. */
    public static Path dataset(String name) {
        URL url = Fixtures.class.getResource("/datasets/" + name);
        if (url == null) throw new IllegalStateException("no dataset fixture " + name + " under src/test/resources/datasets");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
