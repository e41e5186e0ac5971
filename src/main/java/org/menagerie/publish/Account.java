package org.menagerie.publish;

import org.menagerie.catalog.Check;

/** An editor or administrator who can sign in and change the catalog and publications. */
public record Account(String name, Role role) {

    public enum Role {
        EDITOR, ADMIN;

        public static Role parse(String s) {
            return valueOf(Check.notBlank(s, "role").strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Account {
        Check.id(name, "name");
        Check.notNull(role, "role");
    }
}
