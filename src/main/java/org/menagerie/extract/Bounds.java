package org.menagerie.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.menagerie.catalog.Problem;

/** Applies {@link Limits} to markup before and to the tree after parsing, recording what it cut. */
final class Bounds {
    private Bounds() {}

    /** The markup cut before the tag that would pass {@link Limits#MAX_TAGS}. */
    static String markup(String html, String source, List<Problem> problems) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (++tags > Limits.MAX_TAGS) {
                problems.add(new Problem(source, 0, "more than " + Limits.MAX_TAGS + " tags: the rest was cut at character " + i));
                return html.substring(0, i);
            }
        }
        return html;
    }

    /** Flattens elements below {@link Limits#MAX_DEPTH} into their text and drops oversized attributes. */
    static void tree(Element root, String source, List<Problem> problems) {
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        boolean flattened = false;
        boolean dropped = false;
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int depth = depths.pop();
            dropped |= dropHugeAttributes(e);
            if (depth >= Limits.MAX_DEPTH && e.childrenSize() > 0) {
                String text = e.text();
                e.empty();
                e.appendChild(new TextNode(text));
                flattened = true;
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                stack.push(e.child(i));
                depths.push(depth + 1);
            }
        }
        if (flattened) problems.add(new Problem(source, 0, "markup nested deeper than " + Limits.MAX_DEPTH + " levels was flattened"));
        if (dropped) problems.add(new Problem(source, 0, "attributes longer than " + Limits.MAX_ATTRIBUTE_CHARS + " characters were dropped"));
    }

    private static boolean dropHugeAttributes(Element e) {
        if (e.attributesSize() == 0) return false;
        List<String> huge = new ArrayList<>();
        for (Attribute a : e.attributes()) if (a.getValue().length() > Limits.MAX_ATTRIBUTE_CHARS) huge.add(a.getKey());
        huge.forEach(e::removeAttr);
        return !huge.isEmpty();
    }
}
