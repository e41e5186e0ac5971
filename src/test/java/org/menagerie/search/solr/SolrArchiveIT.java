package org.menagerie.search.solr;

import org.menagerie.archive.ArticleIndex;
import org.menagerie.archive.ArticleIndexContract;

/** SolrCloud keeps the archive's contract, on the real two-node test cluster. */
class SolrArchiveIT extends ArticleIndexContract {
    @Override
    protected ArticleIndex open(String name) {
        return SolrArchive.open(new SolrSettings(SolrCluster.get().nodeUrls(), "it_archive_" + name));
    }
}
