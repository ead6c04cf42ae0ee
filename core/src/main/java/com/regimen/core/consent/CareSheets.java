package com.regimen.core.consent;

import com.regimen.core.errors.DomainException;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginRegistry;

/** A patient's care instructions for a treatment, in the patient's language. */
public final class CareSheets {
    private final PluginRegistry plugins;
    private final PatientRecords patients;

    public CareSheets(PluginRegistry plugins, PatientRecords patients) {
        this.plugins = plugins;
        this.patients = patients;
    }

    /** Empty for a treatment whose plugin has since been removed: its appointments still show. */
    public CareSheet forPatient(StaffIdentity reader, String patientId, String treatmentId) {
        String language = patients.get(reader, patientId).locale();
        return CareSheet.of(installed(plugins, treatmentId), language);
    }

    /** In {@code language}, e.g. for a page printed in the language the desk chose. */
    public static CareSheet inLanguage(PluginRegistry plugins, String treatmentId, String language) {
        return CareSheet.of(installed(plugins, treatmentId), language);
    }

    private static LoadedPlugin installed(PluginRegistry plugins, String treatmentId) {
        try {
            return plugins.get(treatmentId);
        } catch (DomainException uninstalled) {
            return null;
        }
    }
}
