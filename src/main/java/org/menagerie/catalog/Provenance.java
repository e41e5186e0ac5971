package org.menagerie.catalog;

/**
 * Where a case came from: a dataset file and line, or an editor.
 *
 * @param dataset the dataset's name ("euvsdisinfo", "snopes", "liar", "rofact", "claimreview", "demo") or "editor"
 * @param file the file name within the dataset, or null
 * @param line the 1-based line (or record number) in that file, 0 when it does not apply
 * @param editor the editor's user name, or null
 */
public record Provenance(String dataset, String file, long line, String editor) {
    public Provenance {
        dataset = Check.notBlank(dataset, "dataset").strip();
        file = Check.optional(file);
        editor = Check.optional(editor);
        if (line < 0) throw new IllegalArgumentException("line must not be negative: " + line);
    }

    public static Provenance ofEditor(String editor) {
        return new Provenance("editor", null, 0, editor);
    }

    public static Provenance ofFile(String dataset, String file, long line) {
        return new Provenance(dataset, file, line, null);
    }
}
