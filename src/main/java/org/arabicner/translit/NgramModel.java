package org.arabicner.translit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An interpolated Kneser-Ney n-gram model over integer tokens. In memory it is two hash
 * tables keyed by 64-bit hashes of the n-grams and of their contexts; on disk the n-grams are written
 * explicitly (sorted, prefix-shared) with their values quantised to one byte on a log scale.
 *
 * <p>Two tables hold everything the recursion needs: for every n-gram {@code (h, w)} the
 * discounted term {@code alpha = max(c(h,w) - D, 0) / c(h)}, and for every context {@code h}
 * the interpolation weight {@code gamma = D * N1+(h .) / c(h)}. Then
 * {@code p(w | h) = alpha(h, w) + gamma(h) * p(w | h')} with {@code h'} the history shortened by
 * its oldest token, down to the uniform distribution over the vocabulary. Hash collisions are
 * possible in principle but negligible at 64 bits for models of this size.
 *
 * <p>Immutable once built or read, hence thread-safe. Built by {@link NgramModelTrainer}.
 */
public final class NgramModel {

    /** Token that pads the history before the first real token. */
    public static final int BOS = 0;
    /** Token that closes every sequence. */
    public static final int EOS = 1;

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long GRAM_SEED = 0x51A7E5C0FFEEL;
    private static final long CONTEXT_SEED = 0x7C0A5E11BEEFL;

    /** Values are stored as -log(value) in steps of this size, one byte each. */
    static final double QUANTUM = 20.0 / 255;

    private final int order;
    private final int vocabularySize;
    private final int entries;
    private final HashTable gramTable;
    private final HashTable contextTable;
    /** The serialised n-grams and contexts (see {@link #encode}); kept so that the model can be saved again. */
    private final byte[] encoded;

    private NgramModel(int order, int vocabularySize, byte[] encoded) {
        this.order = order;
        this.vocabularySize = vocabularySize;
        this.encoded = encoded;
        long[] gramKeys;
        float[] gramAlphas;
        long[] contextKeys;
        float[] contextGammas;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int grams = in.readInt();
            gramKeys = new long[grams];
            gramAlphas = new float[grams];
            decodeTable(in, grams, gramKeys, gramAlphas, true);
            int contexts = in.readInt();
            contextKeys = new long[contexts];
            contextGammas = new float[contexts];
            decodeTable(in, contexts, contextKeys, contextGammas, false);
            entries = grams + contexts;
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt n-gram table", e);
        }
        gramTable = new HashTable(gramKeys, gramAlphas);
        contextTable = new HashTable(contextKeys, contextGammas);
    }

    /** Open-addressing map from 64-bit keys to floats; key 0 marks an empty slot. */
    private static final class HashTable {
        private final long[] keys;
        private final float[] values;
        private final int mask;

        HashTable(long[] entryKeys, float[] entryValues) {
            int capacity = Integer.highestOneBit(Math.max(4, entryKeys.length * 2 + 1)) * 2;
            keys = new long[capacity];
            values = new float[capacity];
            mask = capacity - 1;
            for (int i = 0; i < entryKeys.length; i++) {
                long k = nonZero(entryKeys[i]);
                int slot = (int) (k ^ (k >>> 32)) & mask;
                while (keys[slot] != 0 && keys[slot] != k) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = entryValues[i];
            }
        }

        /** The value of {@code key}, or NaN when absent. */
        float get(long key) {
            long k = nonZero(key);
            int slot = (int) (k ^ (k >>> 32)) & mask;
            while (true) {
                long here = keys[slot];
                if (here == k) {
                    return values[slot];
                }
                if (here == 0) {
                    return Float.NaN;
                }
                slot = (slot + 1) & mask;
            }
        }

        private static long nonZero(long k) {
            return k == 0 ? 1 : k;
        }
    }

    /**
     * Builds a model from explicit n-grams (token sequences as chars, predicted token last)
     * with their alpha values, and contexts with their gamma values.
     */
    static NgramModel of(int order, int vocabularySize, Map<String, Float> gramAlphas,
                         Map<String, Float> contextGammas) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encodeTable(out, gramAlphas);
            encodeTable(out, contextGammas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NgramModel(order, vocabularySize, bytes.toByteArray());
    }

    /** Sorted entries, each as: shared prefix length, new token count, new tokens (varint), value byte. */
    private static void encodeTable(DataOutputStream out, Map<String, Float> table) throws IOException {
        List<String> keys = new ArrayList<>(table.keySet());
        Collections.sort(keys);
        out.writeInt(keys.size());
        String previous = "";
        for (String k : keys) {
            int shared = 0;
            int max = Math.min(previous.length(), k.length());
            while (shared < max && previous.charAt(shared) == k.charAt(shared)) {
                shared++;
            }
            out.writeByte(shared);
            out.writeByte(k.length() - shared);
            for (int i = shared; i < k.length(); i++) {
                writeVarInt(out, k.charAt(i));
            }
            out.writeByte(quantise(table.get(k)));
            previous = k;
        }
    }

    private static void decodeTable(DataInputStream in, int count, long[] keys, float[] values,
                                    boolean grams) throws IOException {
        char[] current = new char[64];
        int length = 0;
        for (int e = 0; e < count; e++) {
            int shared = in.readUnsignedByte();
            int added = in.readUnsignedByte();
            length = shared;
            for (int i = 0; i < added; i++) {
                current[length++] = (char) readVarInt(in);
            }
            String k = new String(current, 0, length);
            keys[e] = grams ? gramKey(k) : contextKey(k);
            values[e] = dequantise(in.readUnsignedByte());
        }
    }

    static int quantise(double value) {
        double q = -Math.log(Math.max(value, 1e-300)) / QUANTUM;
        return (int) Math.max(0, Math.min(255, Math.round(q)));
    }

    static float dequantise(int q) {
        return (float) Math.exp(-q * QUANTUM);
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }

    /** The n-gram order (history length + 1). */
    public int order() {
        return order;
    }

    /** Number of entries stored (n-grams plus contexts), a size indicator. */
    public int entryCount() {
        return entries;
    }

    /**
     * Natural log of {@code p(token | history)}, where the history is
     * {@code history[0..length)} with its most recent token last; only the last
     * {@code order - 1} tokens are used. A sequence starts with {@code order - 1}
     * {@link #BOS} tokens of history, as in training.
     */
    public double logProb(int[] history, int length, int token) {
        float g0 = contextTable.get(CONTEXT_SEED);
        double gamma0 = Float.isNaN(g0) ? 1.0 : g0;
        long gram = step(GRAM_SEED, token);
        double p = alpha(gram) + gamma0 / vocabularySize;
        long context = CONTEXT_SEED;
        int maxContext = Math.min(order - 1, length);
        for (int k = 1; k <= maxContext; k++) {
            int t = history[length - k];
            context = step(context, t);
            gram = step(gram, t);
            float gamma = contextTable.get(context);
            if (Float.isNaN(gamma)) {
                break; // a longer context cannot have been seen either
            }
            p = alpha(gram) + gamma * p;
        }
        return Math.log(Math.max(p, 1e-30));
    }

    /** Natural log of the probability of a whole sequence, closed by {@link #EOS}. */
    public double logProbOfSequence(int[] tokens) {
        int[] history = new int[tokens.length + order];
        int length = order - 1; // BOS padding, as in training
        double sum = 0;
        for (int i = 0; i <= tokens.length; i++) {
            int t = i < tokens.length ? tokens[i] : EOS;
            sum += logProb(history, length, t);
            history[length++] = t;
        }
        return sum;
    }

    private double alpha(long gramKey) {
        float a = gramTable.get(gramKey);
        return Float.isNaN(a) ? 0.0 : a;
    }

    static long step(long h, int token) {
        long x = (h + token + 1) * MIX;
        return x ^ (x >>> 31);
    }

    /** Hash of the n-gram whose tokens are the chars of {@code gram}, last char = predicted token. */
    static long gramKey(CharSequence gram) {
        int n = gram.length();
        long h = step(GRAM_SEED, gram.charAt(n - 1));
        for (int i = n - 2; i >= 0; i--) {
            h = step(h, gram.charAt(i));
        }
        return h;
    }

    /** Hash of the context whose tokens are the chars of {@code context} (may be empty). */
    static long contextKey(CharSequence context) {
        long h = CONTEXT_SEED;
        for (int i = context.length() - 1; i >= 0; i--) {
            h = step(h, context.charAt(i));
        }
        return h;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(order);
        out.writeInt(vocabularySize);
        out.writeInt(encoded.length);
        out.write(encoded);
    }

    static NgramModel read(DataInputStream in) throws IOException {
        int order = in.readInt();
        int vocabularySize = in.readInt();
        byte[] encoded = new byte[in.readInt()];
        in.readFully(encoded);
        return new NgramModel(order, vocabularySize, encoded);
    }
}
