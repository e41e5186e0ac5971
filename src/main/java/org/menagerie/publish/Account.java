package org.menagerie.publish;

import org.menagerie.catalog.Check;

/**
 * Someone who can sign in: an analyst reviews monitoring's alerts; an editor also changes the catalog and publications;
 * an administrator also manages accounts.
 */
public record Account(String name, Role role) {

    public enum Role {
        EDITOR, ADMIN, ANALYST;

        /** Whether this role may decide about alerts (confirm, dismiss, snooze, undo): every role may. */
        public boolean reviews() {
            return true;
        }

        /** Whether this role may change cases and publications: editors and administrators. */
        public boolean edits() {
            return this == EDITOR || this == ADMIN;
        }

        public static Role parse(String s) {
            return valueOf(Check.notBlank(s, "role").strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Account {
        Check.id(name, "name");
        Check.notNull(role, "role");
    }
}
