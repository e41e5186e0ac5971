package org.menagerie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        ObjectNode content = CaseJson.MAPPER.valueToTree(c);
        content.remove("created");
        content.remove("updated");
        content.remove("provenance");
        try {
            return sha256(CaseJson.MAPPER.writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case read(String doc) {
        return CaseJson.read(doc, Case.class);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
