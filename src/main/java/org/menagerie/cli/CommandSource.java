package org.menagerie.cli;

import java.util.List;

/**
 * More subcommands for {@code menagerie}, found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.menagerie.cli.CommandSource}: the lab adds its commands this way, so the command line
 * offers them while the product's code never refers to the lab.
 */
public interface CommandSource {
    /** New picocli command objects, one per subcommand. */
    List<Object> commands();
}
