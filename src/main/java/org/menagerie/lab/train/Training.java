package org.menagerie.lab.train;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.menagerie.alert.AlertModel;
import org.menagerie.alert.Alerter;
import org.menagerie.feed.Item;
import org.menagerie.alert.ItemMatcher;
import org.menagerie.alert.ReportCache;
import org.menagerie.check.CheckException;
import org.menagerie.check.Checker;
import org.menagerie.check.Report;
import org.menagerie.feed.Item;

/**
 * Labelled proposals for fitting the {@link AlertModel}: tweets checked over a catalog, each sentence -> case
 * proposal labelled right when the case is one the tweet restates and the catalog holds. Tweets whose claims the
 * catalog was made to lack are the on-topic items with nothing to find.
 */
public final class Training {
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s*[—–-]\\s*([^—–]*?)\\s*\\((@\\w+)\\)\\s+((?:January|February|March|April|May|June|July|August|September|"
                    + "October|November|December) \\d{1,2}, \\d{4})\\W*$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /**
     * One proposal.
     *
     * @param group the tweet it comes from, for keeping a tweet's proposals in one fold
     * @param itemId the item in its round (a tweet may appear in several rounds, each with its own catalog)
     * @param stance the {@link Stance} points of the proposal
     */
    public record Example(String group, String itemId, String caseId, double[] signals, boolean right, double stance) {}

    private Training() {}

    /**
     * A tweet as a stream carries it: the signature a CheckThat! tweet ends with ("— Name (@handle) January 14,
     * 2020") becomes the outlet and the date, as in the replay streams.
     */
    public static Item tweet(String id, String text) {
        Matcher m = SIGNATURE.matcher(text);
        if (m.find() && m.start() > 0) {
            try {
                return new Item(id, m.group(2), null, null, text.substring(0, m.start()),
                        LocalDate.parse(m.group(3), DATE).atStartOfDay(ZoneOffset.UTC).toInstant(), null, false);
            } catch (DateTimeParseException ignored) {
                // no usable date: keep the text whole
            }
        }
        return new Item(id, null, null, null, text, LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), null, false);
    }

    /**
     * Each item through the alerting routine, every proposal labelled.
     *
     * @param round a prefix that keeps this round's item ids apart from other rounds'
     * @param items the items
     * @param alerter the routine over the round's catalog (its model does not matter: only the signals are kept)
     * @param gold for each item, the case ids it restates that the catalog holds
     */
    public static List<Example> examples(String round, List<Item> items, Alerter alerter, Map<String, Set<String>> gold) {
        List<Example> out = new ArrayList<>();
        for (Item item : items) {
            Alerter.Outcome o = alerter.check(item, item.published() == null ? java.time.Instant.EPOCH : item.published());
            Set<String> right = gold.getOrDefault(item.key(), Set.of());
            for (Alerter.Decision d : o.decisions()) {
                out.add(new Example(item.key(), round + item.key(), d.caseId(), d.signals(), right.contains(d.caseId()),
                        d.stance().score()));
            }
        }
        return out;
    }
}
