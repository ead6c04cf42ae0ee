package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin author's day one, as docs/plugins.md tells it, from an empty local Maven repository:
 * install the BOM, the SPI and the kit, copy the template, {@code mvn verify}, drop the jar into a
 * plugins directory, start the server, and the treatment is there. The nested builds reuse this
 * machine's Maven cache as a read-only repository ahead of Central (see {@link #settings}), so the
 * empty repository costs copies, not downloads, wherever the outer build already ran.
 */
class PluginTemplateIT {
    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
    private static final TestDatabase DB = TestDatabases.create();

    @Test
    void theGuidesStepsFromAnEmptyRepositoryGiveAPluginTheServerLoads() throws Exception {
        Path work = Files.createTempDirectory("plugin-day-one");
        Path emptyRepo = Files.createDirectories(work.resolve("empty-repo"));
        Path settings = settings(work);
        // What a third party has: the published sources of the BOM, SPI and kit, and the template.
        Path published = Files.createDirectories(work.resolve("regimen"));
        for (String part : List.of("bom", "spi", "testkit", "released-repo", "template")) {
            copy(CHECKOUT.resolve("plugins").resolve(part), published.resolve("plugins").resolve(part));
        }
        assertThat(emptyRepo).isEmptyDirectory();

        // Step 1: install the artifacts.
        mvn(published, settings, emptyRepo, "-f", "plugins/bom/pom.xml", "install");
        assertThat(emptyRepo.resolve("com/regimen/regimen-plugin-testkit/1.1.0/regimen-plugin-testkit-1.1.0.jar"))
                .exists();

        // Step 2: a plugin from the template, with its own id.
        Path mine = work.resolve("day-one-facial");
        copy(published.resolve("plugins/template"), mine);
        Path source = mine.resolve("src/main/java/com/example/treatment/ExampleTreatmentPlugin.java");
        Files.writeString(source, Files.readString(source).replace("\"example-treatment\"", "\"day-one-facial\""));

        // Step 3: mvn verify runs the kit's tests, and fails when there is none.
        String build = mvn(mine, settings, emptyRepo, "verify");
        assertThat(build).containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0")
                .contains("ExampleTreatmentPluginTest");
        Path jar = mine.resolve("target/example-treatment-0.1.0.jar");
        assertThat(jar).exists();

        Path untested = work.resolve("untested");
        copy(mine, untested);
        deleteTree(untested.resolve("src/test"));
        deleteTree(untested.resolve("target"));
        Run noTests = run(untested, settings, emptyRepo, "verify");
        assertThat(noTests.exitCode()).as("a plugin with no tests").isNotZero();
        assertThat(noTests.output()).contains("No tests to run");

        // Step 4: copy the jar into the plugins directory and (re)start the server.
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        DropwizardAppExtension<RegimenConfiguration> app = TestApps.app(DB,
                ConfigOverride.config("plugins.directory", plugins.toString()));
        try {
            app.before();
            Api api = TestApps.api(app);
            Tenants.Tenant tenant = Tenants.signUp(api, "Glow");
            List<String> ids = new ArrayList<>();
            api.get("/treatments", tenant.apiKey()).json().get("data").forEach(t -> ids.add(t.get("id").asText()));
            assertThat(ids).contains("day-one-facial");
            api.put("/treatments/day-one-facial/settings", tenant.apiKey(), Map.of("enabled", true,
                    "prices", Map.of("session", 50_000)));
            assertThat(api.post("/treatments/day-one-facial/quote", tenant.apiKey(), Map.of("sessions", 2))
                    .json().get("total").get("amount").asLong()).isEqualTo(100_000);
        } finally {
            app.after();
            deleteTree(work);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static String mvn(Path directory, Path settings, Path repo, String... goals) throws Exception {
        Run run = run(directory, settings, repo, goals);
        assertThat(run.exitCode()).as("mvn %s in %s:%n%s", String.join(" ", goals), directory, run.output()).isZero();
        return run.output();
    }

    private static Run run(Path directory, Path settings, Path repo, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repo));
        command.addAll(List.of(goals));
        Path log = Files.createTempFile(directory.getParent(), "mvn", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * Central, preceded by this machine's Maven cache read as a file repository: a clean CI machine
     * downloads what its own build did not already fetch, a developer's downloads nothing. The empty
     * local repository stays the author's; the cache is never written.
     */
    private static Path settings(Path work) throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".m2", "repository");
        String url = cache.toUri().toString();
        String repository = """
                <id>%s</id><url>%s</url><releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>\
                <snapshots><enabled>false</enabled></snapshots>""";
        return Files.writeString(work.resolve("settings.xml"), """
                <settings>
                  <profiles>
                    <profile>
                      <id>machine-cache</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories><repository>%s</repository></repositories>
                      <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """.formatted(repository.formatted("machine-cache", url), repository.formatted("machine-cache", url)));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
