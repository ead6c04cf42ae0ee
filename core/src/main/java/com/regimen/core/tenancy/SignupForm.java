package com.regimen.core.tenancy;

/** A clinic chain signing up. {@code ownerName} may be null: the email stands in for it. */
public record SignupForm(String tenantName, String ownerEmail, String ownerPassword, String ownerName,
                         String currency, String locale) {
    @Override
    public String toString() {
        return "SignupForm[tenantName=" + tenantName + ", ownerEmail=" + ownerEmail + ", currency=" + currency
                + ", locale=" + locale + "]";
    }
}
