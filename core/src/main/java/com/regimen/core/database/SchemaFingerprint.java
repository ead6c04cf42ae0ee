package com.regimen.core.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Whether the database is already migrated to exactly this build's changelog, answered without
 * Liquibase: Liquibase's check (parse every changeset, compute its checksum, take and release its
 * lock) was the largest part of a warm start, only to find nothing to do, and the migrations health
 * check paid for it again on every call (docs/benchmarks.md).
 *
 * <p>After each successful update the changelog's fingerprint (a SHA-256 of the master file and
 * every file it includes, in order) is stored with the number of rows in DATABASECHANGELOG. The
 * schema counts as current only when both match: any edit to the changelog changes the fingerprint,
 * and a rollback or a hand-deleted row changes the count; either sends the start through Liquibase
 * as before, which validates checksums and applies what is pending. A changelog this class cannot
 * see whole (an {@code includeAll}, an included file that includes others) has no fingerprint, and
 * every start then runs Liquibase.
 */
public final class SchemaFingerprint {
    private static final String TABLE = "DATABASECHANGELOG_FINGERPRINT";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaFingerprint.class);

    private SchemaFingerprint() {
    }

    /** The changelog's fingerprint as this build ships it, or empty when it cannot be taken whole. */
    public static Optional<String> ofChangelog(ClassLoader loader, String master) {
        try {
            byte[] masterBytes = read(loader, master);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, master, masterBytes);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            NodeList children = factory.newDocumentBuilder().parse(new ByteArrayInputStream(masterBytes))
                    .getDocumentElement().getChildNodes();
            String directory = master.contains("/") ? master.substring(0, master.lastIndexOf('/') + 1) : "";
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i).getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                Element element = (Element) children.item(i);
                if (!"include".equals(element.getLocalName())) {
                    if ("includeAll".equals(element.getLocalName())) {
                        return Optional.empty();
                    }
                    continue; // a changeset written in the master itself is in the master's bytes
                }
                String file = "true".equals(element.getAttribute("relativeToChangelogFile"))
                        ? directory + element.getAttribute("file") : element.getAttribute("file");
                byte[] bytes = read(loader, file);
                if (file.endsWith(".xml") && new String(bytes, StandardCharsets.UTF_8).contains("<include")) {
                    return Optional.empty();
                }
                add(digest, file, bytes);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            return Optional.empty();
        }
    }

    /** Whether the database was last migrated to this fingerprint and its changelog table is as then. */
    static boolean isCurrent(DataSource dataSource, String fingerprint) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            long stored;
            try (ResultSet row = statement.executeQuery("SELECT FINGERPRINT, CHANGESETS FROM " + TABLE
                    + " WHERE ID = 1")) {
                if (!row.next() || !fingerprint.equals(row.getString(1))) {
                    return false;
                }
                stored = row.getLong(2);
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
                return count.next() && count.getLong(1) == stored;
            }
        } catch (SQLException noTableYet) {
            // A new database, or one migrated before fingerprints: Liquibase decides.
            return false;
        }
    }

    /** After a successful update: what the database is now migrated to. */
    static void remember(DataSource dataSource, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID INT NOT NULL PRIMARY KEY, "
                        + "FINGERPRINT CHAR(64) CHARACTER SET ascii NOT NULL, CHANGESETS INT NOT NULL, "
                        + "UPDATED DATETIME(6) NOT NULL) ENGINE=InnoDB");
            }
            try (PreparedStatement remember = connection.prepareStatement("REPLACE INTO " + TABLE
                    + " (ID, FINGERPRINT, CHANGESETS, UPDATED) SELECT 1, ?, COUNT(*), NOW(6) FROM DATABASECHANGELOG")) {
                remember.setString(1, fingerprint);
                remember.executeUpdate();
            }
        } catch (SQLException e) {
            // Nothing is wrong with the schema; the next start runs Liquibase again.
            LOG.warn("Could not record the schema's fingerprint: {}", e.getMessage());
        }
    }

    private static void add(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static byte[] read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the class path");
            }
            return in.readAllBytes();
        }
    }
}
