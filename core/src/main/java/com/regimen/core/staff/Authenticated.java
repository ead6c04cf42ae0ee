package com.regimen.core.staff;

import com.regimen.core.identity.StaffIdentity;

/**
 * Who a credential acts as, and whether the member must choose a new password first (someone else
 * chose the current one: an invitation or a reset). API keys never have to.
 */
public record Authenticated(StaffIdentity identity, boolean passwordChangeRequired) {
}
