package com.regimen.web.auth;

/** Role names as {@code @RolesAllowed} needs them: compile-time constants. */
public final class Roles {
    public static final String OWNER = "OWNER";
    public static final String MANAGER = "MANAGER";
    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String PRACTITIONER = "PRACTITIONER";

    private Roles() {
    }
}
