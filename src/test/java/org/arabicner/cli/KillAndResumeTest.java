package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a child {@code arner run} at several points — while the models load, after
 * a few articles, while the corpus store is built — each followed by
 * {@code --resume} on the same output; the final files must be byte for byte those of an
 * uninterrupted run. The child runs from the test classpath (the jar is built after the tests).
 */
class KillAndResumeTest {

    @TempDir
    Path dir;

    private static final String[] SENTENCES = {
        "وقال الناطق باسم التحالف الكولونيل رايان ديلون إن القوات دخلت الموصل.",
        "وأعلنت وزارة الدفاع في بغداد أن الجيش العراقي استعاد السيطرة على الرقة.",
        "والتقى الرئيس التركي رجب طيب أردوغان في أنقرة وزير الخارجية الأمريكي.",
        "وذكرت وكالة الأنباء السورية أن الطيران قصف مواقع في دير الزور وحلب.",
    };

    private Process child(Path in, Path out, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
        String home = System.getProperty("arner.home");
        if (home != null) {
            cmd.add("-Darner.home=" + home);
        }
        cmd.addAll(List.of("org.arabicner.cli.ArnerCommand", "run", in.toString(), "--out", out.toString(),
                "--threads", "1", "--quiet"));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static int finish(Process p) throws InterruptedException {
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child run did not finish");
        return p.exitValue();
    }

    /** Kills the child with SIGKILL as soon as {@code when} holds for {@code out}; false if it ended first. */
    private static boolean killWhen(Process p, Path out, Predicate<Path> when) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (when.test(out)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                p.waitFor();
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static long journalRows(Path out) {
        try {
            Path f = out.resolve(".journal/articles.csv");
            return Files.exists(f) ? Files.readString(f).lines().count() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Every file of the output except the store (whose build time it records) and the lock. */
    private static Map<String, String> files(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString().replace(File.separatorChar, '/');
                if (rel.endsWith(".csv") && !rel.startsWith(".")) {
                    m.put(rel, Files.readString(p));
                }
            }
        }
        return m;
    }

    @Test
    void killNineAtAnyPointThenResumeGivesTheRowsOfAnUninterruptedRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            String text = SENTENCES[i % 4] + " " + SENTENCES[(i + 1) % 4];
            if (i % 3 == 0) {
                Files.writeString(in.resolve(String.format("a%02d.txt", i)), text);
            } else {
                jsonl.append("{\"id\":\"j").append(i).append("\",\"text\":\"").append(text).append("\"}\n");
            }
        }
        jsonl.append("{broken\n");
        Files.writeString(in.resolve("batch.jsonl"), jsonl);
        Files.writeString(in.resolve("empty.txt"), " ");

        Path whole = dir.resolve("whole");
        assertEquals(1, finish(child(in, whole)), "two inputs are bad on purpose");
        Map<String, String> expected = files(whole);
        assertEquals(27, expected.get("articles.csv").lines().count(), "header + 26 inputs");

        Path out = dir.resolve("killed");
        List<Predicate<Path>> killPoints = List.of(
                o -> Files.exists(o.resolve(".arner-lock")),   // models loading
                o -> journalRows(o) >= 5,                      // some articles written
                o -> Files.exists(o.resolve("articles.csv"))); // CSVs published, store being built
        int killed = 0;
        for (int k = 0; k < killPoints.size(); k++) {
            Process p = k == 0 ? child(in, out) : child(in, out, "--resume");
            if (killWhen(p, out, killPoints.get(k))) {
                killed++;
            }
        }
        assertTrue(killed >= 2, "the child was killed at " + killed + " of 3 points");
        assertEquals(1, finish(child(in, out, "--resume")));
        assertEquals(expected, files(out));
        assertTrue(Files.exists(out.resolve("corpus.duckdb")));
        CliRun q = CliRun.of("query", out.toString(), "--sql", "SELECT count(*) AS n FROM articles", "--csv");
        assertEquals("n\n26\n", q.out().replace("\r", ""));
    }
}
