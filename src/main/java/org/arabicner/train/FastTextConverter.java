package org.arabicner.train;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.ner.neural.SubwordEmbeddings;

/**
 * Training-time only: turns a model saved by the fastText 0.9.2 command-line tool
 * ({@code fasttext skipgram … -output NAME} → {@code NAME.bin}) into the compact
 * {@link SubwordEmbeddings} file the runtime reads, so that neither fastText nor its 1 GB
 * {@code .bin} is needed at run time. Reads the format of fastText's {@code FastText::saveModel}
 * (little-endian): magic, version, arguments, dictionary, then the input matrix. Stateless.
 */
public final class FastTextConverter {

    private static final int MAGIC = 793712314;

    private FastTextConverter() {
    }

    /** Reads {@code bin} and quantises its word and n-gram rows. */
    public static SubwordEmbeddings read(Path bin) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(bin), 1 << 20)) {
            LittleEndian in = new LittleEndian(raw);
            if (in.int32() != MAGIC) {
                throw new IOException(bin + " is not a fastText model (bad magic number)");
            }
            int version = in.int32();
            if (version != 12) {
                throw new IOException(bin + ": fastText model version " + version + ", expected 12 (fastText 0.9.x)");
            }
            int dim = in.int32();
            in.int32(); // ws
            in.int32(); // epoch
            in.int32(); // minCount
            in.int32(); // neg
            in.int32(); // wordNgrams
            in.int32(); // loss
            in.int32(); // model
            int bucket = in.int32();
            int minn = in.int32();
            int maxn = in.int32();
            in.int32(); // lrUpdateRate
            in.float64(); // t
            int size = in.int32();
            int nwords = in.int32();
            in.int32(); // nlabels
            in.int64(); // ntokens
            long pruneIdxSize = in.int64();
            if (pruneIdxSize > 0) {
                throw new IOException(bin + " is a pruned (quantised) fastText model; give the unquantised .bin");
            }
            List<String> words = new ArrayList<>(nwords);
            for (int i = 0; i < size; i++) {
                String w = in.cString();
                in.int64(); // count
                byte type = in.int8();
                if (type == 0 && i < nwords) {
                    words.add(w);
                }
            }
            if (in.int8() != 0) {
                throw new IOException(bin + " has a quantised input matrix; give the unquantised .bin");
            }
            long m = in.int64();
            long n = in.int64();
            if (n != dim || m != (long) nwords + bucket) {
                throw new IOException(bin + ": input matrix " + m + "×" + n + " does not match the dictionary");
            }
            float[] matrix = new float[Math.toIntExact(m * n)];
            in.floats(matrix);
            return SubwordEmbeddings.quantise(dim, minn, maxn, bucket, words, matrix);
        }
    }

    /** {@code FastTextConverter MODEL.bin OUT.emb}: converts and writes. */
    public static void main(String[] args) throws IOException {
        SubwordEmbeddings e = read(Path.of(args[0]));
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            e.write(out);
        }
        System.err.println("wrote " + args[1] + ": " + e);
    }

    private static final class LittleEndian {
        private final DataInputStream in;
        private final byte[] buf = new byte[1 << 16];

        LittleEndian(InputStream in) {
            this.in = new DataInputStream(in);
        }

        int int32() throws IOException {
            return Integer.reverseBytes(in.readInt());
        }

        long int64() throws IOException {
            return Long.reverseBytes(in.readLong());
        }

        byte int8() throws IOException {
            return in.readByte();
        }

        double float64() throws IOException {
            return Double.longBitsToDouble(int64());
        }

        String cString() throws IOException {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int c = in.read(); c != 0; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("truncated fastText dictionary");
                }
                b.write(c);
            }
            return b.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        void floats(float[] out) throws IOException {
            int done = 0;
            while (done < out.length) {
                int count = Math.min(buf.length / 4, out.length - done);
                in.readFully(buf, 0, count * 4);
                ByteBuffer.wrap(buf, 0, count * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out, done, count);
                done += count;
            }
        }
    }
}
