package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[]{"password123", "Password123", "QWERTYUIOP", "1234567890", "iloveyou12"}) {
            DomainException refused = catchThrowableOfType(DomainException.class,
                    () -> PasswordPolicy.check("password", common));
            assertThat(refused).as(common).isNotNull();
            assertThat(refused.code()).isEqualTo("PASSWORD_TOO_COMMON");
            assertThat(refused.fieldErrors()).singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("password"));
        }
    }

    @Test
    void uncommonPasswordsOfTheRightLengthPass() {
        assertThatCode(() -> PasswordPolicy.check("password", "correct horse battery")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "demo-password-2026")).doesNotThrowAnyException();
    }

    @Test
    void lengthIsCheckedFirst() {
        assertThat(catchThrowableOfType(DomainException.class, () -> PasswordPolicy.check("p", "password")).code())
                .isEqualTo("VALIDATION_FAILED");
    }
}
