package org.arabicner.translit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Weights of the linear reranker over a candidate's features, in this order: joint
 * log-probability, English character-model log-probability, log(1 + name-list count),
 * log(1 + count as a training English name), length in letters, log(1 + count paired with this
 * very Arabic spelling in training), log-probability under the second (one-letter) joint model.
 *
 * <p>Immutable value (the array is copied in and out), thread-safe.
 */
public record RerankWeights(double[] values) {

    static final int FEATURES = 7;

    public RerankWeights {
        if (values.length != FEATURES) {
            throw new IllegalArgumentException("expected " + FEATURES + " weights");
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double score(double[] features) {
        double s = 0;
        for (int i = 0; i < FEATURES; i++) {
            s += values[i] * features[i];
        }
        return s;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(FEATURES);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static RerankWeights read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n != FEATURES) {
            throw new IOException("model has " + n + " reranking weights, expected " + FEATURES);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readDouble();
        }
        return new RerankWeights(v);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RerankWeights r && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
