package org.menagerie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The directory that holds one installation: its store, its index and its settings. Created on first use.
 *
 * <p>Which directory: the {@code --workspace} flag, else the {@code MENAGERIE_WORKSPACE} environment variable, else
 * {@code workspace=} in {@code ./menagerie.properties} or {@code ~/.config/menagerie/menagerie.properties}, else
 * {@code ./menagerie-data}. Settings are read from the same config file and from {@code menagerie.properties} inside
 * the workspace, the latter winning.
 */
public record Workspace(Path root, Properties settings) {
    public static final String ENV = "MENAGERIE_WORKSPACE";
    public static final String DEFAULT_DIR = "menagerie-data";
    public static final String CONFIG_FILE = "menagerie.properties";

    public Workspace {
        if (root == null) throw new IllegalArgumentException("root must not be null");
        root = root.toAbsolutePath().normalize();
        Properties copy = new Properties();
        if (settings != null) copy.putAll(settings);
        settings = copy;
    }

    /** The workspace at {@code root} with the settings in its own config file, if any. */
    public static Workspace at(Path root) {
        Properties p = new Properties();
        load(root.resolve(CONFIG_FILE), p);
        return new Workspace(root, p);
    }

    /** Resolves the workspace from the flag, the environment and the config files, in that order. */
    public static Workspace resolve(String flag, Map<String, String> env, Path workingDir, Path home) {
        Properties config = new Properties();
        if (home != null) load(home.resolve(".config/menagerie").resolve(CONFIG_FILE), config);
        load(workingDir.resolve(CONFIG_FILE), config);
        String dir = firstNonBlank(flag, env.get(ENV), config.getProperty("workspace"), DEFAULT_DIR);
        Path root = workingDir.resolve(dir);
        Properties settings = new Properties();
        settings.putAll(config);
        load(root.resolve(CONFIG_FILE), settings);
        return new Workspace(root, settings);
    }

    /** Creates the directory if it is missing; returns this. */
    public Workspace create() {
        try {
            Files.createDirectories(root);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * The embedded store's directory: {@code store} in the workspace, or the {@code h2.dir} setting (relative to the
     * workspace) to keep it elsewhere, such as on another disk or shared by the workspaces of several nodes in one process.
     */
    public Path store() {
        String dir = setting("h2.dir", "");
        return dir.isBlank() ? root.resolve("store") : root.resolve(dir.strip()).normalize();
    }

    public Path index() {
        return root.resolve("index");
    }

    /** The article archive's own Lucene index, beside the case index; derived from the store like it. */
    public Path archive() {
        return root.resolve("archive");
    }

    /** Deletes the search index, which is derived from the store and built again by the next command that searches. */
    public void deleteIndex() throws IOException {
        if (!Files.exists(index())) return;
        try (Stream<Path> files = Files.walk(index())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    public String setting(String key, String fallback) {
        return settings.getProperty(key, fallback);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        throw new IllegalStateException("no value");
    }

    private static void load(Path file, Properties into) {
        if (!Files.isRegularFile(file)) return;
        try (InputStream in = Files.newInputStream(file)) {
            into.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
