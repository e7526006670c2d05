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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner translit [--top K]}: reads one Arabic name per line on standard input (UTF-8)
 * and prints its best English reading per line (UTF-8); with {@code --top K}, up to K readings
 * separated by tabs, best first. A blank input line gives a blank output line.
 */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Transliterate Arabic names (one per line on stdin) into English.")
public final class TranslitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "K", defaultValue = "1",
            description = "print up to K readings per name, tab-separated (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new ParameterException(spec.commandLine(), "missing model " + model + ": train one with train-translit or leave out --model");
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
}
