package org.arabicner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.arabicner.translit.Transliterator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code arner translit [--top K]}: reads one Arabic name per line on standard input (UTF-8)
 * and prints its best English reading per line (UTF-8); with {@code --top K}, up to K readings
 * separated by tabs, best first. A blank input line gives a blank output line.
 */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Transliterate Arabic names (one per line on stdin) into English.")
public final class TranslitCommand implements Callable<Integer> {

    @Option(names = "--top", paramLabel = "K", defaultValue = "1",
            description = "print up to K readings per name, tab-separated (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            System.err.println("translit: --top must be at least 1, got " + top);
            return 2;
        }
        if (model != null && !Files.isRegularFile(model)) {
            System.err.println("translit: missing model " + model + ": train one with train-translit or leave out --model");
            return 2;
        }
        Transliterator t = model != null ? Transliterator.load(model) : Transliterator.loadDefault();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            List<String> readings = t.transliterate(line, top);
            out.println(String.join("\t", readings));
        }
        out.flush();
        return 0;
    }

    /** Standalone entry point, for use before the command is registered under {@code arner}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new TranslitCommand()).execute(args));
    }
}
