package com.regimen.core.staff;

import com.regimen.core.identity.Role;

/**
 * A member of staff to add: the password is hashed before it is stored and never kept otherwise.
 * {@code passwordChangeRequired}: the member must replace it at their first sign-in (someone else chose it).
 */
public record NewStaffUser(String email, String password, String name, Role role, boolean passwordChangeRequired) {
    @Override
    public String toString() {
        return "NewStaffUser[email=" + email + ", name=" + name + ", role=" + role + "]";
    }
}
