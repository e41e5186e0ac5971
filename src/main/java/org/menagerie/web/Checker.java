package org.menagerie.web;

/** The check pipeline as the web sees it: text (or a page's text) in, report out. */
@FunctionalInterface
public interface Checker {
    CheckReport check(String text, String language);
}
