package com.regimen.core.staff;

import com.regimen.core.identity.Role;

/** A member of staff to add: the password is hashed before it is stored and never kept otherwise. */
public record NewStaffUser(String email, String password, String name, Role role) {
    @Override
    public String toString() {
        return "NewStaffUser[email=" + email + ", name=" + name + ", role=" + role + "]";
    }
}
