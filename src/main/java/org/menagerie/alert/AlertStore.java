package org.menagerie.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where raised alerts are kept (embedded H2 or PostgreSQL). An alert's id is derived from its item and case, so
 * recording the same alert twice (a re-run, a worker restarted mid-stream) keeps one. An alert that becomes a
 * sighting by itself ({@link #automatic}) is recorded confirmed, with its sighting, in the same step. What analysts
 * decide and read afterwards is the desk's ({@code org.menagerie.desk.DeskStore}).
 */
public interface AlertStore {
    /** Who confirmed a sighting that no analyst confirmed. */
    String AUTOMATIC = "automatic";

    /** The id an alert on this item and case has. */
    static String idOf(String itemId, String caseId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((itemId + "\n" + caseId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether an alert links its case by itself, without an analyst: a matched one that restates its case. */
    static boolean automatic(Alert a) {
        return a.level() == Level.MATCHED && a.sighting();
    }

    /**
     * Records an alert; false when one on the same item and case was already recorded (it is left alone), also when
     * another worker recorded it at the same moment.
     */
    boolean record(Alert alert);

    Optional<Stored> get(String id);

    /** The newest alerts first, at most {@code limit}. */
    List<Stored> newest(int limit);

    int count();
}
