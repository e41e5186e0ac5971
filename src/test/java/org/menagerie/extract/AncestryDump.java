package org.menagerie.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Prints the ancestors of the element holding a phrase, for seeing why a stage lost it. */
public final class AncestryDump {
    public static void main(String[] args) throws Exception {
        Path p = Files.list(Path.of("../shared/data/extraction/scrapinghub/html"))
                .filter(f -> f.getFileName().toString().startsWith(args[0])).findFirst().orElseThrow();
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) { html = new String(in.readAllBytes(), "UTF-8"); }
        Document doc = Jsoup.parse(html);
        Element hit = doc.getElementsContainingOwnText(args[1]).first();
        if (hit == null) { System.out.println("not found"); return; }
        for (Element e = hit; e != null; e = e.parent()) {
            System.out.println(e.normalName() + " id=" + e.id() + " class=" + e.className() + " role=" + e.attr("role")
                    + " aria-hidden=" + e.attr("aria-hidden") + " style=" + e.attr("style") + " hidden=" + e.hasAttr("hidden"));
        }
    }
}
