package org.menagerie.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.alert.Stored;
import org.menagerie.desk.Action;
import org.menagerie.desk.AlertDetail;
import org.menagerie.desk.AlertQuery;
import org.menagerie.desk.Desk;
import org.menagerie.desk.DeskJson;
import org.menagerie.desk.Inbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"The desk's inbox: the alerts monitoring raised, and the analysts' decisions about them.",
                "A confirmed alert is a sighting of its case; a matched one is confirmed automatically (undo removes it)."},
        subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.Show.class, AlertsCommand.Confirm.class,
                AlertsCommand.Dismiss.class, AlertsCommand.Snooze.class, AlertsCommand.Undo.class})
final class AlertsCommand implements Runnable {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Who decisions are recorded under: --as, else the operating-system user running the command. */
    static String who(String as) {
        if (as != null && !as.isBlank()) return as.strip();
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "cli" : user;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists alerts, newest first, with counts per state.")
    static final class ListAlerts implements Callable<Integer> {
        @ParentCommand AlertsCommand alerts;
        @Spec CommandSpec spec;
        @Option(names = "--state", description = "open, confirmed, dismissed or snoozed.") String state;
        @Option(names = "--level", description = "suggested or matched.") String level;
        @Option(names = "--outlet") String outlet;
        @Option(names = "--case", paramLabel = "ID") String caseId;
        @Option(names = "--narrative", paramLabel = "ID") String narrative;
        @Option(names = "--language", paramLabel = "CODE") String language;
        @Option(names = "--country", paramLabel = "CODE") String country;
        @Option(names = "--from", paramLabel = "DATE", description = "Raised on or after (YYYY-MM-DD or an instant).") String from;
        @Option(names = "--to", paramLabel = "DATE", description = "Raised on or before (YYYY-MM-DD, inclusive, or an instant).") String to;
        @Option(names = "--offset", defaultValue = "0") int offset;
        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;
        @Option(names = "--json", description = "{\"total\": N, \"alerts\": [...]} as the API answers.") boolean json;

        @Override
        public Integer call() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("state", state);
            p.put("level", level);
            p.put("outlet", outlet);
            p.put("case", caseId);
            p.put("narrative", narrative);
            p.put("language", language);
            p.put("country", country);
            p.put("from", from);
            p.put("to", to);
            p.put("offset", String.valueOf(offset));
            p.put("limit", String.valueOf(limit));
            AlertQuery q = AlertQuery.parse(p);
            PrintWriter out = spec.commandLine().getOut();
            try (Menagerie m = Menagerie.open(alerts.parent.workspace())) {
                Desk desk = m.desk();
                Inbox inbox = desk.list(q);
                Instant now = desk.now();
                if (json) {
                    out.println(DeskJson.inbox(inbox, q, now).toPrettyString());
                } else {
                    for (Stored s : inbox.alerts()) {
                        out.printf("%s  %-9s %-9s %.2f  %s  %-20s %s%n", s.id(), s.stateAt(now).name().toLowerCase(),
                                s.alert().level().label(), s.alert().confidence(), s.alert().raised().toString().substring(0, 10),
                                s.alert().caseId(), s.alert().outlet() == null ? "" : s.alert().outlet());
                    }
                    out.printf("%d of %d alerts (open %d, confirmed %d, dismissed %d, snoozed %d).%n", inbox.alerts().size(),
                            inbox.total(), inbox.states().get(Stored.State.OPEN), inbox.states().get(Stored.State.CONFIRMED),
                            inbox.states().get(Stored.State.DISMISSED), inbox.states().get(Stored.State.SNOOZED));
                }
                out.flush();
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One alert with its decisions and the outlets that carried its story.")
    static final class Show implements Callable<Integer> {
        @ParentCommand AlertsCommand alerts;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Menagerie m = Menagerie.open(alerts.parent.workspace())) {
                Desk desk = m.desk();
                AlertDetail d = desk.get(id).orElseThrow(() -> new CommandException(ExitCode.NOT_FOUND, "no alert " + id));
                if (json) {
                    out.println(DeskJson.detail(d, desk.now()).toPrettyString());
                } else {
                    Stored s = d.alert();
                    out.printf("Alert %s: %s, %s (confidence %.2f), raised %s%n", s.id(), s.stateAt(desk.now()).name().toLowerCase(),
                            s.alert().level().label(), s.alert().confidence(), s.alert().raised());
                    out.printf("Case %s; item %s; outlet %s%n", s.alert().caseId(), s.alert().itemId(), s.alert().outlet());
                    if (s.alert().url() != null) out.println(s.alert().url());
                    out.println("  \"" + s.alert().sentence() + "\"");
                    if (s.alert().reasons() != null) out.println("  " + s.alert().reasons());
                    if (!d.outlets().isEmpty()) out.println("Carried by: " + String.join(", ", d.outlets()));
                    d.decisions().forEach(x -> out.printf("  %s %s by %s%s%s%s%n", x.at(), x.action().label(), x.by(),
                            x.reason() == null ? "" : " (" + x.reason() + ")", x.until() == null ? "" : " until " + x.until(),
                            x.reverted() ? " [undone]" : ""));
                }
                out.flush();
            }
            return ExitCode.OK;
        }
    }

    /** Runs one decision over each id and prints what became of each; fails when any did. */
    static int decide(AlertsCommand alerts, CommandSpec spec, List<String> ids, Action action, String as, String reason, Instant until) {
        PrintWriter out = spec.commandLine().getOut();
        try (Menagerie m = Menagerie.open(alerts.parent.workspace())) {
            Desk desk = m.desk();
            List<String> failed = new ArrayList<>();
            for (Desk.Outcome o : desk.decideAll(ids, action, who(as), reason, until)) {
                if (o.error() == null) out.printf("%s: %s%n", o.id(), o.alert().stateAt(desk.now()).name().toLowerCase());
                else failed.add(o.id() + ": " + o.error());
            }
            out.flush();
            if (!failed.isEmpty()) {
                boolean missing = ids.size() == 1 && failed.get(0).contains("no alert");
                throw new CommandException(missing ? ExitCode.NOT_FOUND : ExitCode.FAILED, String.join("; ", failed));
            }
        }
        return ExitCode.OK;
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Confirms alerts: each becomes a sighting of its case.")
    static final class Confirm implements Callable<Integer> {
        @ParentCommand AlertsCommand alerts;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "1..*") List<String> ids;
        @Option(names = "--as", paramLabel = "USER", description = "Who decides (default: the system user).") String as;

        @Override
        public Integer call() {
            return decide(alerts, spec, ids, Action.CONFIRM, as, null, null);
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true, description = "Dismisses alerts (not a restatement).")
    static final class Dismiss implements Callable<Integer> {
        @ParentCommand AlertsCommand alerts;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "1..*") List<String> ids;
        @Option(names = "--reason", paramLabel = "R") String reason;
        @Option(names = "--as", paramLabel = "USER") String as;

        @Override
        public Integer call() {
            return decide(alerts, spec, ids, Action.DISMISS, as, reason, null);
        }
    }

    @Command(name = "snooze", mixinStandardHelpOptions = true, description = "Puts alerts aside until a date; they are open again after it.")
    static final class Snooze implements Callable<Integer> {
        @ParentCommand AlertsCommand alerts;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "1..*") List<String> ids;
        @Option(names = "--until", required = true, paramLabel = "WHEN", description = "YYYY-MM-DD (midnight UTC) or an instant.") String until;
        @Option(names = "--as", paramLabel = "USER") String as;

        @Override
        public Integer call() {
            return decide(alerts, spec, ids, Action.SNOOZE, as, null, instant(until));
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Reverts an alert's last decision (removing the sighting a confirmation made).")
    static final class Undo implements Callable<Integer> {
        @ParentCommand AlertsCommand alerts;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "1..*") List<String> ids;
        @Option(names = "--as", paramLabel = "USER") String as;

        @Override
        public Integer call() {
            return decide(alerts, spec, ids, Action.UNDO, as, null, null);
        }
    }

    static Instant instant(String s) {
        try {
            return s.strip().length() == 10 ? LocalDate.parse(s.strip()).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new CommandException(ExitCode.USAGE, "--until must be a date (2026-03-01) or an instant: " + s);
        }
    }

}
