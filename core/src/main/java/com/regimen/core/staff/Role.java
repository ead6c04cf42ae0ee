package com.regimen.core.staff;

/** What a member of staff (or an API key acting for the clinic) may do. */
public enum Role {
    OWNER,
    MANAGER,
    FRONT_DESK,
    PRACTITIONER
}
