package org.menagerie.catalog;

/** Whether readers can see a case, narrative or publication. */
public enum Status {
    DRAFT,
    PUBLISHED
}
