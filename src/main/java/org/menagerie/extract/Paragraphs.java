package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The last stage: the content's text, one entry per block (paragraph, subheading, list item), whitespace tidied. */
final class Paragraphs {
    private Paragraphs() {}

    static List<String> of(List<Element> content) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) appendNormalised(current, t.getWholeText());
                else if (Weights.isBlock(node)) flush(current, out);
            }

            @Override
            public void tail(Node node, int depth) {
                if (Weights.isBlock(node)) flush(current, out);
            }
        };
        for (Element e : content) {
            NodeTraversor.traverse(visitor, e);
            flush(current, out);
        }
        return out;
    }

    private static void appendNormalised(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().strip();
        if (!p.isEmpty()) out.add(p);
        current.setLength(0);
    }
}
