package org.menagerie.search;

import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * How the HNSW graph of case vectors is built (workspace settings {@code search.hnsw.*}): the graph's degree and
 * construction beam, whether vectors are also kept scalar-quantized for graph search, and how many threads a merge may
 * rebuild a graph with. Each choice trades build time against recall; docs/search.md has the measurements.
 *
 * <p>An index written with other settings stays readable: the format is recorded per segment, and merges write the
 * new one.
 */
public record HnswSettings(int maxConn, int beamWidth, Quantization quantization, int mergeThreads) {
    /** Vectors as floats only, or also as 7-bit or 4-bit integers that the graph is built and searched with. */
    public enum Quantization { NONE, INT7, INT4 }

    public HnswSettings {
        if (maxConn < 2 || maxConn > Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN)
            throw new IllegalArgumentException("search.hnsw.maxConn must be in [2, 512]: " + maxConn);
        if (beamWidth < 1 || beamWidth > Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH)
            throw new IllegalArgumentException("search.hnsw.beamWidth must be in [1, 3200]: " + beamWidth);
        if (quantization == null) throw new IllegalArgumentException("quantization must be set");
        if (mergeThreads < 1) throw new IllegalArgumentException("search.hnsw.mergeThreads must be 1 or more: " + mergeThreads);
    }

    /** Lucene's defaults: 16 neighbours, a beam of 100, float vectors, one thread a merge. */
    public static HnswSettings defaults() {
        return new HnswSettings(Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH,
                Quantization.NONE, 1);
    }

    public static HnswSettings from(Properties settings) {
        HnswSettings d = defaults();
        return new HnswSettings(
                Integer.parseInt(settings.getProperty("search.hnsw.maxConn", Integer.toString(d.maxConn())).strip()),
                Integer.parseInt(settings.getProperty("search.hnsw.beamWidth", Integer.toString(d.beamWidth())).strip()),
                Quantization.valueOf(settings.getProperty("search.hnsw.quantization", "none").strip().toUpperCase(Locale.ROOT)),
                Integer.parseInt(settings.getProperty("search.hnsw.mergeThreads", "1").strip()));
    }

    /** The codec writing vectors this way; {@code mergeExecutor} runs a merge's graph workers (null when one thread). */
    Codec codec(ExecutorService mergeExecutor) {
        KnnVectorsFormat format = switch (quantization) {
            case NONE -> new Lucene99HnswVectorsFormat(maxConn, beamWidth, mergeThreads, mergeExecutor);
            case INT7 -> new Lucene99HnswScalarQuantizedVectorsFormat(maxConn, beamWidth, mergeThreads, 7, false, null, mergeExecutor);
            // confidence interval 0: computed from the data, as 4 bits need; compressed: two values a byte
            case INT4 -> new Lucene99HnswScalarQuantizedVectorsFormat(maxConn, beamWidth, mergeThreads, 4, true, 0f, mergeExecutor);
        };
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }
}
