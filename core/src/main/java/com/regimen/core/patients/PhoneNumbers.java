package com.regimen.core.patients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.ibm.icu.util.TimeZone;
import com.regimen.core.errors.DomainException;

import java.util.List;
import java.util.Optional;

/**
 * Patients' phone numbers as E.164 (libphonenumber), read in the clinic's own country when typed
 * the national way: at a Riyadh clinic "055 123 4567" is +966551234567. Arabic-Indic and Eastern
 * Arabic digits read as Western ones.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Search terms of a phone start with this, so a name can never match a phone's digits. */
    static final String TERM_PREFIX = "tel:";

    private PhoneNumbers() {
    }

    /** The region (ISO 3166 alpha-2) a time zone lies in, e.g. SA for Asia/Riyadh; empty for Etc/UTC and the like. */
    public static Optional<String> regionOf(String timezone) {
        if (timezone == null) {
            return Optional.empty();
        }
        String region = TimeZone.getRegion(timezone);
        return region == null || region.equals("001") ? Optional.empty() : Optional.of(region);
    }

    /** The E.164 form, or a 400 naming {@code field} when it is not a phone number of the region (or international). */
    public static String e164(String field, String typed, Optional<String> region) {
        return parse(typed, region).map(n -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
                .orElseThrow(() -> DomainException.invalid(field, region.isPresent() ? "must be a phone number, "
                        + "national (" + region.get() + ") or international with +" : "must be an international "
                        + "phone number starting with +"));
    }

    static Optional<Phonenumber.PhoneNumber> parse(String typed, Optional<String> region) {
        String western = westernDigits(typed).strip();
        if (western.isEmpty() || western.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(western, region.orElse("ZZ"));
            return PHONES.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException notAPhone) {
            return Optional.empty();
        }
    }

    /** The search terms of a stored E.164 number: the whole number and the national one, each digits only. */
    static List<String> terms(String e164) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(e164, "ZZ");
            String national = PHONES.getNationalSignificantNumber(number);
            String whole = e164.substring(1);
            return whole.equals(national) ? List.of(TERM_PREFIX + whole) : List.of(TERM_PREFIX + whole,
                    TERM_PREFIX + national);
        } catch (NumberParseException notStoredAsE164) {
            String digits = westernDigits(e164).replaceAll("[^0-9]", "");
            return digits.isEmpty() ? List.of() : List.of(TERM_PREFIX + digits);
        }
    }

    /**
     * What a typed query looks for among phones, if it looks like one (digits, with spaces, dashes,
     * brackets or a leading + or 00): the start of a whole number, the national way read in the
     * chain's country ("0551234" at a Riyadh clinic is the start of +966551234...), or without its
     * trunk 0 the start of a national number in any country.
     */
    static Optional<String> queryTerm(String query, Optional<String> region) {
        String western = westernDigits(query).strip();
        if (!western.matches("\\+?[0-9][0-9 ()\\-]*")) {
            return Optional.empty();
        }
        String digits = western.replaceAll("[^0-9]", "");
        if (western.startsWith("+")) {
            return Optional.of(TERM_PREFIX + digits);
        }
        if (digits.startsWith("00")) {
            return Optional.of(TERM_PREFIX + digits.substring(2));
        }
        if (digits.startsWith("0") && region.isPresent()) {
            return Optional.of(TERM_PREFIX + PHONES.getCountryCodeForRegion(region.get()) + digits.substring(1));
        }
        digits = digits.startsWith("0") ? digits.substring(1) : digits;
        return digits.isEmpty() ? Optional.empty() : Optional.of(TERM_PREFIX + digits);
    }

    static String westernDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return out.toString();
    }
}
