package com.regimen.core.invoicing;

import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The VAT regimes Regimen issues invoices under, with each one's standard rate and the shape of its
 * VAT registration number.
 */
public enum TaxCountry {
    /** Saudi Arabia: 15%; the VAT number is 15 digits starting and ending with 3; ZATCA QR required. */
    SA(1500, Pattern.compile("3\\d{13}3"), "15 digits, starting and ending with 3"),
    /** United Arab Emirates: 5%; the Tax Registration Number (TRN) is 15 digits. */
    AE(500, Pattern.compile("\\d{15}"), "15 digits (the TRN)");

    private final int standardRateBasisPoints;
    private final Pattern vatNumber;
    private final String vatNumberRule;

    TaxCountry(int standardRateBasisPoints, Pattern vatNumber, String vatNumberRule) {
        this.standardRateBasisPoints = standardRateBasisPoints;
        this.vatNumber = vatNumber;
        this.vatNumberRule = vatNumberRule;
    }

    public int standardRateBasisPoints() {
        return standardRateBasisPoints;
    }

    public boolean validVatNumber(String candidate) {
        return candidate != null && vatNumber.matcher(candidate).matches();
    }

    public String vatNumberRule() {
        return vatNumberRule;
    }

    /** Whether its simplified invoices carry the ZATCA (phase 1) QR code. */
    public boolean zatcaQr() {
        return this == SA;
    }

    /** The country a location's zone lies in, when it is one of ours; locations store a zone, not a country. */
    public static Optional<TaxCountry> ofZone(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Riyadh" -> Optional.of(SA);
            case "Asia/Dubai" -> Optional.of(AE);
            default -> Optional.empty();
        };
    }
}
