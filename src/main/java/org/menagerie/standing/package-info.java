/** Standing queries: saved searches and watched cases or narratives, tested against every new article. */
package org.menagerie.standing;
