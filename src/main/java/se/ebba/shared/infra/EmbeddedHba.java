package se.ebba.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The client authentication file ({@code pg_hba.conf}) of the embedded PostgreSQL: every
 * connection, over the Unix socket and over TCP, needs the role's password (SCRAM-SHA-256), and no
 * line allows replication. zonky's {@code initdb -A trust} would let every local OS user connect as
 * any role without a password.
 */
final class EmbeddedHba {

    static final String CONTENT = """
            # Written by Ebba (EmbeddedDatabase): every connection needs the role's password (SCRAM-SHA-256).
            # Rewritten before every start of the embedded server; changes here are lost.
            # TYPE  DATABASE  USER  ADDRESS  METHOD
            local   all       all            scram-sha-256
            host    all       all   all      scram-sha-256
            """;

    private EmbeddedHba() {
    }

    /** Whether the data directory's file lets anyone in without a password (zonky's initdb, or Ebba before passwords). */
    static boolean trusts(Path dataDirectory) {
        try {
            return Files.readAllLines(dataDirectory.resolve("pg_hba.conf")).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .anyMatch(l -> List.of(l.split("\\s+")).contains("trust"));
        } catch (IOException e) {
            return false;
        }
    }

    static void write(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), CONTENT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf of the embedded PostgreSQL", e);
        }
    }
}
