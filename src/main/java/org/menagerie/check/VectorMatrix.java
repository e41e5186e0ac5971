package org.menagerie.check;

import java.util.PriorityQueue;
import org.menagerie.catalog.Check;

/** Unit vectors in one flat array, searched exhaustively: at 14k rows of 384 floats a full scan takes a few ms. */
final class VectorMatrix {
    private final float[] data;
    private final int dim;
    private final int rows;

    VectorMatrix(float[][] vectors) {
        Check.notNull(vectors, "vectors");
        rows = vectors.length;
        dim = rows == 0 ? 0 : vectors[0].length;
        data = new float[rows * dim];
        for (int i = 0; i < rows; i++) {
            if (vectors[i].length != dim) throw new IllegalArgumentException("vector " + i + " has " + vectors[i].length + " dimensions, not " + dim);
            System.arraycopy(vectors[i], 0, data, i * dim, dim);
        }
    }

    int rows() {
        return rows;
    }

    int dimension() {
        return dim;
    }

    float dot(int row, float[] q) {
        float s = 0;
        int off = row * dim;
        for (int j = 0; j < dim; j++) s += data[off + j] * q[j];
        return s;
    }

    /** All cosines with {@code q}, one per row. */
    float[] dots(float[] q) {
        if (q.length != dim) throw new IllegalArgumentException("query vector has " + q.length + " dimensions, not " + dim);
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) out[i] = dot(i, q);
        return out;
    }

    /** The rows of the {@code k} largest values, best first. */
    static int[] top(float[] scores, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> Float.compare(scores[a], scores[b]));
        for (int i = 0; i < scores.length; i++) {
            if (heap.size() < k) heap.add(i);
            else if (scores[i] > scores[heap.peek()]) { heap.poll(); heap.add(i); }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = heap.poll();
        return out;
    }
}
