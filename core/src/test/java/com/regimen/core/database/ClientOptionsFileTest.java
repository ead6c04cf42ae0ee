package com.regimen.core.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database tools get the password from an owner-only file, never on their command line (visible in ps). */
class ClientOptionsFileTest {
    private static final DatabaseAddress ADDRESS = new DatabaseAddress(
            "jdbc:mysql://db.internal:3307/regimen?sslMode=REQUIRED", "backup", "pa\"ss\\word-Ω", Optional.empty());

    @Test
    void thePasswordIsInAnOwnerOnlyFileAndNotOnTheCommandLine() throws Exception {
        Path file;
        try (ClientOptionsFile options = ClientOptionsFile.forAddress(ADDRESS)) {
            file = Path.of(options.option().substring("--defaults-extra-file=".length()));
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(RootPassword.OWNER_ONLY);
            assertThat(Files.readString(file)).contains("password=\"pa\\\"ss\\\\word-Ω\"", "host=db.internal",
                    "port=3307", "user=\"backup\"").doesNotContain("skip-ssl");
            List<String> command = new DatabaseTool(Path.of("/usr/bin/mariadb-dump"), Optional.empty())
                    .process(options, List.of("--single-transaction", "regimen")).command();
            assertThat(command.get(1)).isEqualTo(options.option());
            assertThat(String.join(" ", command)).doesNotContain("pa\"ss").doesNotContain("word-Ω");
        }
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void aLineBreakCannotSmuggleAnOptionIntoTheFile() {
        DatabaseAddress hostile = new DatabaseAddress("jdbc:mysql://127.0.0.1:3306/regimen", "root",
                "x\n[client]\nhost=evil", Optional.empty());
        assertThatThrownBy(() -> ClientOptionsFile.forAddress(hostile)).isInstanceOf(BackupException.class)
                .hasMessageContaining("line break");
    }

    @Test
    void theEmbeddedServerIsReachedWithoutTls() {
        DatabaseAddress embedded = new DatabaseAddress("jdbc:mysql://127.0.0.1:40000/regimen", "root", "p",
                Optional.of(Path.of("/tmp/base")));
        try (ClientOptionsFile options = ClientOptionsFile.forAddress(embedded)) {
            assertThat(Files.readString(Path.of(options.option().substring("--defaults-extra-file=".length()))))
                    .contains("skip-ssl");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
