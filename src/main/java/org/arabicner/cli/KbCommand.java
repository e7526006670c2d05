package org.arabicner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code arner kb}: the knowledge base's commands. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge-base commands.",
        subcommands = {KbBuildCommand.class, KbCommonWordsCommand.class})
public final class KbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a kb command, e.g. 'arner kb build'");
    }
}
