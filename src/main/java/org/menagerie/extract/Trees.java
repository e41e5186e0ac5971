package org.menagerie.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Tree edits that stay linear on any input. */
final class Trees {
    /** Above this many removals under one parent, the parent's child list is rebuilt once instead. */
    private static final int REBUILD = 16;

    private Trees() {}

    /**
     * Removes the nodes from the tree. jsoup's remove() shifts every later sibling, so removing most children of a
     * parent with 100,000 children one by one is quadratic; grouped by parent, it is linear.
     */
    static void removeAll(List<? extends Node> nodes) {
        Map<Node, List<Node>> byParent = new IdentityHashMap<>();
        for (Node n : nodes) {
            Node parent = n.parentNode();
            if (parent != null) byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(n);
        }
        for (Map.Entry<Node, List<Node>> e : byParent.entrySet()) {
            List<Node> doomed = e.getValue();
            if (doomed.size() < REBUILD || !(e.getKey() instanceof Element parent)) {
                for (Node n : doomed) if (n.parentNode() != null) n.remove();
                continue;
            }
            Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(doomed);
            List<Node> keep = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) if (!gone.contains(child)) keep.add(child);
            parent.empty();
            parent.appendChildren(keep);
        }
    }
}
