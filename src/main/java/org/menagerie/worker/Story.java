package org.menagerie.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A story to check as intake hands it on: its first article's id.
 *
 * @param article the id of the story's first article in the article store
 */
record Story(long article) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Story {
        if (article < 1) throw new IllegalArgumentException("article must be positive: " + article);
    }

    /** Reads intake's message ({"story":..,"article":..,"language":..}); null when it is not one. */
    static Story parse(String payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            JsonNode a = n == null ? null : n.get("article");
            return a != null && a.canConvertToLong() && a.asLong() > 0 ? new Story(a.asLong()) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
