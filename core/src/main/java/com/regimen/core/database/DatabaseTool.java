package com.regimen.core.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of the database's own command-line tools (mariadb-dump, mariadb): the embedded server's copy
 * unpacked beside its data, or, for an external server, the first on the PATH under its MariaDB or
 * its older MySQL name.
 */
record DatabaseTool(Path executable, Optional<Path> libraryDir) {

    static DatabaseTool find(DatabaseAddress address, String name, String olderName) {
        if (address.embeddedBaseDir().isPresent()) {
            Path base = address.embeddedBaseDir().get();
            Path executable = base.resolve("bin").resolve(name);
            if (!Files.isRegularFile(executable)) {
                throw new BackupException("The embedded database's " + name + " is missing from " + base.resolve("bin"));
            }
            if (!Files.isExecutable(executable) && !executable.toFile().setExecutable(true, true)) {
                throw new BackupException("Could not make " + executable + " executable");
            }
            return new DatabaseTool(executable, Optional.of(base.resolve("libs")));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String candidate : List.of(name, olderName)) {
            for (String directory : path.split(File.pathSeparator)) {
                Path executable = Path.of(directory.isEmpty() ? "." : directory, candidate);
                if (Files.isRegularFile(executable) && Files.isExecutable(executable)) {
                    return new DatabaseTool(executable, Optional.empty());
                }
            }
        }
        throw new BackupException(name + " (or " + olderName + ") is not on the PATH: install the MariaDB client "
                + "tools (Debian: apt-get install mariadb-client) to back up or restore an external database");
    }

    /** A process running this tool with {@code options} first (the option file must lead) then {@code arguments}. */
    ProcessBuilder process(ClientOptionsFile options, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add(options.option());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        libraryDir.ifPresent(libs -> builder.environment().put("LD_LIBRARY_PATH", libs.toString()));
        return builder;
    }

    /** The last lines of what the tool wrote to {@code stderr}, for the error message. */
    static String tail(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size())).strip();
        } catch (IOException e) {
            return "(its error output could not be read: " + e.getMessage() + ")";
        }
    }
}
