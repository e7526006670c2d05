package org.arabicner.ner.neural;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * fastText-style subword word vectors, read from the project's compact file and computed exactly as
 * fastText computes them: the vector of a word is the mean of its own row (when the word is in the
 * vocabulary) and the rows of its character n-grams ({@code minn}..{@code maxn} characters of
 * {@code <word>}, hashed into {@code buckets} rows with fastText's FNV-1a hash). So a word never
 * seen in training still gets a vector from its pieces. Rows are stored as int8 with one float
 * scale each (symmetric per-row quantisation).
 *
 * <p>Words are looked up as given: callers pass the {@link org.arabicner.text.ArabicNormalizer
 * normalised} segmenter token, the form the vectors were trained on. Immutable and thread-safe.
 */
public final class SubwordEmbeddings {

    private static final String MAGIC = "arner-subword-embeddings-1";

    private final int dim;
    private final int minn;
    private final int maxn;
    private final int buckets;
    private final Map<String, Integer> vocabulary;
    private final byte[] rows;      // (words + buckets) × dim
    private final float[] scales;   // one per row
    private final long fingerprint;

    private SubwordEmbeddings(int dim, int minn, int maxn, int buckets, Map<String, Integer> vocabulary,
                              byte[] rows, float[] scales) {
        this.dim = dim;
        this.minn = minn;
        this.maxn = maxn;
        this.buckets = buckets;
        this.vocabulary = vocabulary;
        this.rows = rows;
        this.scales = scales;
        long h = ((long) dim * 31 + minn) * 31 + maxn;
        h = (h * 31 + buckets) * 31 + vocabulary.size();
        h = h * 1_000_003L + Arrays.hashCode(scales);
        this.fingerprint = h * 1_000_003L + Arrays.hashCode(rows);
    }

    /**
     * A fingerprint of these vectors (sizes, scales and rows), so a model can tell whether it is
     * given the embeddings it was trained with.
     */
    public long fingerprint() {
        return fingerprint;
    }

    /**
     * Quantises float rows: {@code words.size()} word rows followed by {@code buckets} n-gram
     * rows, each of {@code dim} floats, as fastText's input matrix holds them.
     */
    public static SubwordEmbeddings quantise(int dim, int minn, int maxn, int buckets, List<String> words,
                                             float[] matrix) {
        int n = words.size() + buckets;
        if (matrix.length != (long) n * dim) {
            throw new IllegalArgumentException("matrix has " + matrix.length + " floats, expected " + (long) n * dim);
        }
        byte[] q = new byte[n * dim];
        float[] s = new float[n];
        for (int r = 0; r < n; r++) {
            float max = 0;
            for (int d = 0; d < dim; d++) {
                max = Math.max(max, Math.abs(matrix[r * dim + d]));
            }
            s[r] = max / 127f;
            for (int d = 0; d < dim; d++) {
                q[r * dim + d] = max == 0 ? 0 : (byte) Math.round(matrix[r * dim + d] / s[r]);
            }
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            vocab.put(words.get(i), i);
        }
        return new SubwordEmbeddings(dim, minn, maxn, buckets, vocab, q, s);
    }

    public int dim() {
        return dim;
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public boolean contains(String word) {
        return vocabulary.containsKey(word);
    }

    /** The vector of {@code word}; zeros when neither the word nor any of its n-grams has a row. */
    public float[] vector(String word) {
        float[] out = new float[dim];
        int count = 0;
        Integer id = vocabulary.get(word);
        if (id != null) {
            addRow(out, id);
            count++;
        }
        byte[] utf8 = ("<" + word + ">").getBytes(StandardCharsets.UTF_8);
        int words = vocabulary.size();
        for (int i = 0; i < utf8.length; i++) {
            if ((utf8[i] & 0xC0) == 0x80) {
                continue;
            }
            int h = 0x811C9DC5; // FNV-1a offset basis, as fastText's Dictionary::hash
            int j = i;
            for (int n = 1; j < utf8.length && n <= maxn; n++) {
                h = (h ^ utf8[j++]) * 0x01000193; // fastText mixes in the byte sign-extended
                while (j < utf8.length && (utf8[j] & 0xC0) == 0x80) {
                    h = (h ^ utf8[j++]) * 0x01000193;
                }
                if (n >= minn && !(n == 1 && (i == 0 || j == utf8.length))) {
                    addRow(out, words + (int) (Integer.toUnsignedLong(h) % buckets));
                    count++;
                }
            }
        }
        if (count > 0) {
            for (int d = 0; d < dim; d++) {
                out[d] /= count;
            }
        }
        return out;
    }

    private void addRow(float[] out, int row) {
        float s = scales[row];
        int base = row * dim;
        for (int d = 0; d < dim; d++) {
            out[d] += rows[base + d] * s;
        }
    }

    /** Writes the compact file (not compressed: int8 rows do not shrink much). */
    public void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(dim);
        out.writeInt(minn);
        out.writeInt(maxn);
        out.writeInt(buckets);
        String[] words = new String[vocabulary.size()];
        vocabulary.forEach((w, i) -> words[i] = w);
        out.writeInt(words.length);
        for (String w : words) {
            out.writeUTF(w);
        }
        for (float s : scales) {
            out.writeFloat(s);
        }
        out.write(rows);
        out.flush();
    }

    /** Reads a file written by {@link #write}. */
    public static SubwordEmbeddings read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        String magic = in.readUTF();
        if (!magic.equals(MAGIC)) {
            throw new IOException("not an arabic-ner embeddings file (header '" + magic + "')");
        }
        int dim = in.readInt();
        int minn = in.readInt();
        int maxn = in.readInt();
        int buckets = in.readInt();
        int nwords = in.readInt();
        if (dim <= 0 || buckets <= 0 || nwords < 0 || minn < 1 || maxn < minn) {
            throw new IOException("corrupt embeddings header");
        }
        Map<String, Integer> vocab = new HashMap<>(nwords * 2);
        for (int i = 0; i < nwords; i++) {
            vocab.put(in.readUTF(), i);
        }
        int n = nwords + buckets;
        float[] scales = new float[n];
        for (int i = 0; i < n; i++) {
            scales[i] = in.readFloat();
        }
        byte[] rows = new byte[n * dim];
        in.readFully(rows);
        return new SubwordEmbeddings(dim, minn, maxn, buckets, vocab, rows, scales);
    }

    @Override
    public String toString() {
        return "SubwordEmbeddings[dim=" + dim + ", words=" + vocabulary.size() + ", buckets=" + buckets
                + ", n-grams " + minn + ".." + maxn + ", " + Arrays.hashCode(scales) + "]";
    }
}
