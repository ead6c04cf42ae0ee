package com.regimen.core.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void lookAlikeSpellingsShareOneCanonicalForm() {
        for (String lookAlike : new String[]{"victim@clinic.example", "VICTIM@Clinic.Example", "víctim@clinic.example",
                "vi\u0301ctim@clinic.example", "\uff56\uff49\uff43\uff54\uff49\uff4d@clinic.example",
                "victim\u0000@clinic.example", "vic\u200btim@clinic.example", " victim@clinic.example "}) {
            assertThat(EmailAddresses.canonical(lookAlike)).as(lookAlike).isEqualTo("victim@clinic.example");
        }
    }

    @Test
    void differentAddressesStayDifferent() {
        assertThat(EmailAddresses.canonical("victim2@clinic.example")).isNotEqualTo("victim@clinic.example");
    }
}
