package org.menagerie.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What the browser tests check on every page: one language outside elements marked with their own {@code lang} (words
 * of {@link SitePagesIT#ENGLISH} or {@link SitePagesIT#ROMANIAN}) and no axe-core violation of WCAG 2.1 A and AA (plus
 * one h1 and one main). Each page inspected is also kept as a screenshot.
 */
final class PageAudit {
    private final Browser browser;
    private final String axe;

    PageAudit(Browser browser) throws java.io.IOException {
        this.browser = browser;
        try (InputStream in = PageAudit.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe-core is missing from the test classpath");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The problems of the page the browser shows, in {@code lang}; {@code path} names its screenshot. */
    List<String> inspect(String lang, String path) throws Exception {
        String name = "walk-" + lang + "-" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-|-$", "");
        browser.shot(name.length() > 80 ? name.substring(0, 80) : name);
        List<String> found = new ArrayList<>();
        String actual = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
        if (!lang.equals(actual)) found.add("html lang is " + actual);
        Set<String> foreign = new TreeSet<>();
        for (String word : ownLanguageText().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (("ro".equals(lang) ? SitePagesIT.ENGLISH : SitePagesIT.ROMANIAN).contains(word)) foreign.add(word);
        }
        if (!foreign.isEmpty()) found.add("words of the other language: " + foreign);
        found.addAll(axeViolations());
        return found;
    }

    /** The visible text whose nearest lang attribute is the page's own. */
    private String ownLanguageText() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const page = document.documentElement.lang; const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const el = walker.currentNode.parentElement;
                  if (!el || el.closest('script,style') || !el.checkVisibility()) continue;
                  const marked = el.closest('[lang]');
                  if (marked && marked.lang !== page) continue;
                  out.push(walker.currentNode.textContent);
                }
                for (const el of document.querySelectorAll('[placeholder],[aria-label],[title],[alt]')) {
                  const marked = el.closest('[lang]');
                  if (marked && marked.lang !== page) continue;
                  out.push(el.getAttribute('placeholder') || '', el.getAttribute('aria-label') || '', el.getAttribute('title') || '', el.getAttribute('alt') || '');
                }
                return out.join(' ');""");
    }

    @SuppressWarnings("unchecked")
    private List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axe);
        List<String> out = new ArrayList<>();
        for (String options : List.of("{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}",
                "{runOnly: {type: 'rule', values: ['page-has-heading-one', 'landmark-one-main']}}")) {
            List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, " + options + ").then(r => done(r.violations.map(v => ({id: v.id, "
                            + "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').split('\\n')[1])}))))"
                            + ".catch(e => done([{id: 'axe failed', nodes: [String(e)]}]));");
            for (Map<String, Object> v : violations) out.add("axe " + v.get("id") + " " + v.get("nodes"));
        }
        return out;
    }
}
