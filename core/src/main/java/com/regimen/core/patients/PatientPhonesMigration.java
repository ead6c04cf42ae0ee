package com.regimen.core.patients;

import liquibase.change.custom.CustomTaskChange;
import liquibase.change.custom.CustomTaskRollback;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Migration 0078: every stored phone becomes E.164 (the typed one kept in phone_as_typed), read in
 * the region of the chain's first location when it was typed the national way; a phone that is no
 * number libphonenumber knows stays as it was (the desk sees it and can correct it). Every patient
 * gets its search terms. Rolling back puts the typed phones back; the terms table goes with 0077.
 */
public final class PatientPhonesMigration implements CustomTaskChange, CustomTaskRollback {
    private int changed;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<String, Optional<String>> regions = new HashMap<>();
            List<String[]> patients = new ArrayList<>();
            try (PreparedStatement read = connection.prepareStatement("SELECT tenant_id, id, name, phone FROM patients");
                 ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    patients.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)});
                }
            }
            try (PreparedStatement zone = connection.prepareStatement("SELECT timezone FROM locations WHERE tenant_id = ? "
                    + "ORDER BY created_at, id LIMIT 1");
                 PreparedStatement phone = connection.prepareStatement("UPDATE patients SET phone = ?, phone_as_typed = ? "
                         + "WHERE tenant_id = ? AND id = ?");
                 PreparedStatement term = connection.prepareStatement("INSERT IGNORE INTO patient_search_terms "
                         + "(tenant_id, term, patient_id) VALUES (?, ?, ?)")) {
                for (String[] p : patients) {
                    String tenant = p[0];
                    Optional<String> region = regions.computeIfAbsent(tenant, t -> regionOf(zone, t));
                    String stored = p[3];
                    if (stored != null) {
                        Optional<String> e164 = PhoneNumbers.parse(stored, region).map(n -> com.google.i18n.phonenumbers
                                .PhoneNumberUtil.getInstance().format(n, com.google.i18n.phonenumbers.PhoneNumberUtil
                                        .PhoneNumberFormat.E164));
                        if (e164.isPresent() && !e164.get().equals(stored)) {
                            phone.setString(1, e164.get());
                            phone.setString(2, stored);
                            phone.setString(3, tenant);
                            phone.setString(4, p[1]);
                            phone.addBatch();
                            changed++;
                            stored = e164.get();
                        }
                    }
                    for (String t : PatientSearchTerms.of(p[2], stored)) {
                        term.setString(1, tenant);
                        term.setString(2, t);
                        term.setString(3, p[1]);
                        term.addBatch();
                    }
                }
                phone.executeBatch();
                term.executeBatch();
            }
        } catch (SQLException | RuntimeException e) {
            throw new CustomChangeException("normalising patients' phones failed", e);
        }
    }

    private static Optional<String> regionOf(PreparedStatement zone, String tenant) {
        try {
            zone.setString(1, tenant);
            try (ResultSet row = zone.executeQuery()) {
                return row.next() ? PhoneNumbers.regionOf(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void rollback(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement restore = connection.prepareStatement("UPDATE patients SET phone = phone_as_typed, "
                + "phone_as_typed = NULL WHERE phone_as_typed IS NOT NULL")) {
            restore.executeUpdate();
        } catch (SQLException e) {
            throw new CustomChangeException("restoring patients' phones failed", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Patients' phones as E.164: " + changed + " changed; search terms written";
    }

    @Override
    public void setUp() {
        // Nothing to prepare: everything is read from the database being migrated.
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // No files are read.
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
