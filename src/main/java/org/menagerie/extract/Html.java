package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.menagerie.catalog.Problem;

/** An HTML page to an Article: bounded parsing, metadata, then the main-text pipeline on the body. */
final class Html {
    private Html() {}

    static Article extract(String html, String url, String source) {
        return extract(html, url, source, Tuning.DEFAULT);
    }

    static Article extract(String html, String url, String source, Tuning tuning) {
        List<Problem> problems = new ArrayList<>();
        Document doc = Jsoup.parse(Bounds.markup(html, source, problems), url == null ? "" : url);
        Bounds.tree(doc, source, problems);
        Metadata meta = Metadata.read(doc, source, problems);
        MainText.Result main = MainText.extract(doc.body(), meta.image, meta.title, meta.statedBody, tuning);
        List<String> paragraphs = main.paragraphs();
        if (paragraphs.isEmpty()) problems.add(new Problem(source, 0, "no main text found"));
        return new Article(url, meta.canonicalUrl, meta.title, meta.authorList(), meta.published, meta.modified,
                meta.section, new ArrayList<>(meta.tags), meta.language, meta.lead, paragraphs,
                main.images(), main.links(), problems);
    }
}
