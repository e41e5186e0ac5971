package org.menagerie.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * Creates the collection when it is missing: uploads the project's configset (same per-language analysis as the
 * embedded index, the vector field, facets) unless the cluster has it, and creates one shard on two replicas so that
 * either node may die without losing the index or its searches.
 */
final class SolrCollection {
    /** The configset's files, as packaged under {@value #RESOURCES} in the jar. */
    static final List<String> FILES = List.of("solrconfig.xml", "managed-schema.xml", "lang/stopwords_ro.txt",
            "lang/stopwords_ru.txt", "lang/stopwords_uk.txt", "lang/mapping_uk.txt");
    static final String RESOURCES = "/solr/menagerie/conf/";
    static final int REPLICAS = 2;
    static final Duration READY = Duration.ofMinutes(2);

    private final SolrNodes nodes;
    private final String name;

    SolrCollection(SolrNodes nodes, String name) {
        this.nodes = nodes;
        this.name = name;
    }

    void ensure() {
        if (names(nodes.send(new CollectionAdminRequest.List(), null), "collections").contains(name)) return;
        if (!names(nodes.send(new ConfigSetAdminRequest.List(), null), "configSets").contains(name)) {
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(name);
            ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configset(), name + ".zip", "application/zip");
            nodes.send(upload.setUploadStream(zip), null);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name, name, 1, REPLICAS);
        create.setWaitForFinalState(true);
        try {
            nodes.send(create, null);
        } catch (RuntimeException e) {
            // a node that took too long may still have created it (and a retry on the next node then finds it), or
            // another process created it meanwhile: either way the collection is there
            if (!names(nodes.send(new CollectionAdminRequest.List(), null), "collections").contains(name)) throw e;
        }
        awaitSearchable();
    }

    /** Waits (up to {@link #READY}) until the new collection answers a query: its replicas may still be starting. */
    private void awaitSearchable() {
        long deadline = System.nanoTime() + READY.toNanos();
        while (true) {
            try {
                nodes.send(new QueryRequest(new SolrQuery("*:*").setRows(0)), name);
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(NamedList<Object> answer, String key) {
        Object list = answer.get(key);
        return list == null ? List.of() : (List<String>) list;
    }

    /** The configset zipped as the Configset API takes it. */
    static byte[] configset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : FILES) {
                try (InputStream in = SolrCollection.class.getResourceAsStream(RESOURCES + f)) {
                    if (in == null) throw new IllegalStateException("the Solr configset file " + f + " is missing from the build");
                    zip.putNextEntry(new ZipEntry(f));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
