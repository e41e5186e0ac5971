package org.menagerie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;

/** A case as the store keeps it: its CaseJson document, and the hash of its content. */
final class CaseDocs {
    private CaseDocs() {}

    static String doc(Case c) {
        return CaseJson.write(c);
    }

    /**
     * The hash leaves out what the store and the importer set (timestamps, provenance) just as {@link
     * Case#changedFrom} does, so that re-importing an unchanged record is recognised without reading its document.
     */
    static String hash(Case c) {
        try {
            return sha256(CONTENT.writeValueAsBytes(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CaseJson without the fields the hash leaves out; a field added to Case is hashed without a change here. */
    private static final ObjectWriter CONTENT = CaseJson.MAPPER.copy().addMixIn(Case.class, ContentOnly.class).writer();

    @JsonIgnoreProperties({"created", "updated", "provenance"})
    private interface ContentOnly {}

    static Case read(String doc) {
        return CaseJson.read(doc, Case.class);
    }

    private static String sha256(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
