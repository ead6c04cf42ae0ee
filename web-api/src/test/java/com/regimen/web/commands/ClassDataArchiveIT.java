package com.regimen.web.commands;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class-data archive the package phase trains (ClassDataTrainingCommand, web-api/pom.xml) is one the
 * README's run command can use: with {@code -Xshare:on} the JVM refuses to start at all if it cannot map
 * the archive for this jar and these options, and the application's own classes come out of it, not out
 * of the jar.
 */
class ClassDataArchiveIT {
    private static final Pattern RUN_COMMAND = Pattern.compile("&& (java [^\\n]*-jar web-api/target/regimen\\.jar server config\\.yml)");

    @Test
    void theReadmesRunCommandMapsTheApplicationsClassesFromTheTrainedArchive() throws Exception {
        List<String> readmeOptions = readmeJvmOptions();
        assertThat(readmeOptions).as("the README's run command uses the trained archive")
                .contains("-XX:SharedArchiveFile=web-api/target/regimen.jsa");
        Path checkout = Path.of("..").toAbsolutePath().normalize();
        assertThat(checkout.resolve("web-api/target/regimen.jsa")).as("the package phase wrote the archive")
                .isRegularFile();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(readmeOptions);
        command.addAll(List.of("-Xshare:on", "-Xlog:class+load=info", "-jar", "web-api/target/regimen.jar",
                "check", "config.yml"));
        Process check = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true).start();
        byte[] output = check.getInputStream().readAllBytes();
        assertThat(check.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String log = new String(output, StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(tail(log)).isZero();
        assertThat(log).contains("com.regimen.web.RegimenApplication source: shared objects file (top)");
        long fromArchive = log.lines().filter(line -> line.endsWith("source: shared objects file (top)")).count();
        long fromJar = log.lines().filter(line -> line.contains("regimen.jar")).count();
        assertThat(fromArchive).as("classes mapped from the trained archive").isGreaterThan(1000);
        assertThat(fromJar).as("classes still read out of the jar (" + fromArchive + " from the archive)")
                .isLessThan(fromArchive / 10);
    }

    private static List<String> readmeJvmOptions() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher run = RUN_COMMAND.matcher(readme);
        assertThat(run.find()).as("README.md has the run command").isTrue();
        List<String> options = new ArrayList<>();
        for (String word : run.group(1).split(" +")) {
            if (word.startsWith("-X")) {
                options.add(word);
            }
        }
        return options;
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 4000));
    }
}
