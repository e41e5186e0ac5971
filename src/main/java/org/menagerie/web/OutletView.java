package org.menagerie.web;

import java.util.List;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.Source;
import org.menagerie.watch.OutletHealth;

/** An outlet as its pages show it: with its sources and the health of its flow of articles. */
public record OutletView(Outlet outlet, List<Source> sources, OutletHealth health) {
    public OutletView {
        sources = List.copyOf(sources);
    }
}
