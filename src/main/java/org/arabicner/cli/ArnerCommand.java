package org.arabicner.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code arner} command line: one subcommand per job. */
@Command(name = "arner", mixinStandardHelpOptions = true, versionProvider = ArnerCommand.Version.class,
        description = "Arabic news articles in, entity tables with English names out.",
        subcommands = {RunCommand.class, EvalCommand.class, EvalTablesCommand.class, TrainCommand.class, QueryCommand.class, IndexCommand.class, RenderCommand.class, BenchCommand.class, BenchStoreCommand.class, BenchRenderCommand.class,
                KbCommand.class, TranslitCommand.class,
                TrainTranslitCommand.class, EvalTranslitCommand.class, EvalNamesCommand.class, CommandLine.HelpCommand.class})
public final class ArnerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'arner run seeds --out out'");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ArnerCommand());
        cl.setOut(out);
        cl.setErr(err);
        return configure(cl).execute(args);
    }

    /**
     * Gives {@code cl} the project's error handling: a usage error is one line naming the fix and
     * pointing at --help, exit status 2; an exception is one line, exit status 2 for a bad argument
     * and 1 otherwise. Returns {@code cl}.
     */
    public static CommandLine configure(CommandLine cl) {
        // One usage-error style for every command: the message naming the fix, a pointer to
        // --help (not the whole usage text), exit status 2.
        cl.setParameterExceptionHandler((e, arguments) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(qualifiedName(cmd) + ": " + oneLine(e) + " (see '" + qualifiedName(cmd) + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(qualifiedName(cmd) + ": " + oneLine(e));
            return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replace('\n', ' ');
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ArnerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"arabic-ner " + (v == null ? "(development build)" : v)};
        }
    }
}
