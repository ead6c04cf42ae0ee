package com.regimen.core.identity;

/** What a member of staff (or an API key acting for the clinic) may do. */
public enum Role {
    OWNER,
    MANAGER,
    FRONT_DESK,
    PRACTITIONER
}
