package org.arabicner.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.FileUtils;

/**
 * A batch output directory claimed for one run: checked, locked and, for a fresh run, cleared.
 * {@link #claim} does all of it before any model is loaded, so that a bad {@code --out} costs
 * nothing and is reported in words:
 * <ul>
 *   <li>{@code --out} names a file, cannot be created or is not writable;</li>
 *   <li>less free space than the run needs ({@link #requiredSpace});</li>
 *   <li>another run holds the directory: an exclusive OS lock on {@code .arner-lock} (released by
 *       the OS when the holding process ends, even by {@code kill -9}) names the holder;</li>
 *   <li>the directory holds an earlier run's output and the mode is {@link Mode#FRESH}.</li>
 * </ul>
 * With {@link Mode#OVERWRITE} every file of the earlier run is deleted before the run starts
 * (the store and the CSVs first), so an interrupted run never leaves a mix of old and new
 * results. Files the user put there themselves are left alone.
 *
 * <p>Not thread-safe; the lock is held until {@link #close()}.
 */
public final class OutputDirectory implements Closeable {

    /** How a run treats an earlier run's output in the same directory. */
    public enum Mode {
        /** Refuse to start when the directory holds earlier output. */
        FRESH,
        /** Delete the earlier output first. */
        OVERWRITE,
        /** Keep the articles the earlier run completed ({@code --resume}). */
        RESUME
    }

    /** The lock file; its content names the holder. */
    public static final String LOCK = ".arner-lock";

    /** A problem with the output directory, in words, naming the fix (a usage error: exit 2). */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Problem(String message) {
            super(message);
        }
    }

    /** Files and directories a run writes (besides {@link #LOCK}), store first. */
    static final List<String> RUN_FILES = List.of("corpus.duckdb", "corpus.duckdb.wal", CorpusOutput.ENTITIES,
            CorpusOutput.MENTIONS, CorpusOutput.ARTICLES, CorpusOutput.TABLES, CorpusOutput.JOURNAL);

    private final Path dir;
    private final Mode mode;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputDirectory(Path dir, Mode mode, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.mode = mode;
        this.channel = channel;
        this.lock = lock;
    }

    public Path path() {
        return dir;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Checks, locks and prepares {@code dir} for a run.
     *
     * @param inputBytes total size of the inputs, to check the free space ({@link #requiredSpace})
     * @throws Problem naming what is wrong and the fix
     */
    public static OutputDirectory claim(Path dir, Mode mode, long inputBytes) {
        String name = "--out " + dir;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Problem(name + " is a file, not a directory: name a directory (it is created if missing)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new Problem("cannot create " + name + " (" + reason(e) + "): choose a directory you can write to");
        }
        if (!Files.isWritable(dir)) {
            throw new Problem(name + " is not writable: choose a directory you can write to, or fix its permissions");
        }
        Path lockFile = dir.resolve(LOCK);
        FileChannel ch;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new Problem("cannot write in " + name + " (" + reason(e) + "): choose a directory you can write to");
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new Problem("cannot lock " + lockFile + " (" + reason(e) + "): choose a directory on a local disk");
        }
        if (lock == null) {
            String holder = holder(lockFile);
            closeQuietly(ch);
            throw new Problem("another arner run is writing to " + dir + " (" + holder + "): wait for it to"
                    + " finish, or choose another --out");
        }
        OutputDirectory out = new OutputDirectory(dir, mode, ch, lock);
        try {
            out.writeHolder();
            out.checkSpace(inputBytes);
            out.prepare();
        } catch (Problem e) {
            out.close();
            throw e;
        } catch (IOException e) {
            out.close();
            throw new Problem("cannot write in " + name + " (" + reason(e) + "): free space or fix permissions");
        }
        return out;
    }

    /**
     * Free space a run needs: twice the input size (tables, the journal and the final CSVs each
     * hold about the input's names and mentions, the store a fraction) plus 64 MB.
     */
    public static long requiredSpace(long inputBytes) {
        return 2 * Math.max(0, inputBytes) + (64L << 20);
    }

    /** Throws when {@code usable} bytes are fewer than the run needs. */
    static void checkSpace(Path dir, long inputBytes, long usable) {
        long need = requiredSpace(inputBytes);
        if (usable < need) {
            throw new Problem(String.format(Locale.ROOT, "only %,d MB free on the disk of --out %s; the run"
                    + " needs about %,d MB (twice the %,d MB of input, plus 64 MB): free space or choose"
                    + " another --out", usable >> 20, dir, need >> 20, inputBytes >> 20));
        }
    }

    private void checkSpace(long inputBytes) throws IOException {
        checkSpace(dir, inputBytes, Files.getFileStore(dir).getUsableSpace());
    }

    /** Files of an earlier run present in {@code dir}. */
    static List<String> earlierOutput(Path dir) {
        List<String> found = new ArrayList<>();
        for (String f : RUN_FILES) {
            if (Files.exists(dir.resolve(f))) {
                found.add(f);
            }
        }
        return found;
    }

    private void prepare() throws IOException {
        List<String> earlier = earlierOutput(dir);
        if (mode == Mode.FRESH && !earlier.isEmpty()) {
            throw new Problem(dir + " already holds the output of an earlier run (" + String.join(", ", earlier)
                    + "): add --resume to continue it, --overwrite to replace it, or choose another --out");
        }
        if (mode == Mode.OVERWRITE) {
            for (String f : RUN_FILES) {
                Path p = dir.resolve(f);
                if (Files.isDirectory(p)) {
                    FileUtils.deleteDirectory(p.toFile());
                } else {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void writeHolder() throws IOException {
        String who = "pid " + ProcessHandle.current().pid() + ", started "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on " + host() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String holder(Path lockFile) {
        try {
            String s = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            return s.isEmpty() ? "holder unknown" : s;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                h = "this machine";
            }
        }
        return h;
    }

    /** A file-system error in words ("permission denied", "no such file or directory", …). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory: " + ((NotDirectoryException) e).getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() + ": " + f.getFile() : String.valueOf(f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // the lock goes with the channel; nothing was written
        }
    }

    /** Releases the lock (the lock file stays: deleting it would race with a run that just opened it). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
