package com.regimen.web.resources;

import com.regimen.core.paging.PageRequest;
import com.regimen.core.staff.NewStaffUser;
import com.regimen.core.staff.StaffAccess;
import com.regimen.core.staff.StaffDirectory;
import com.regimen.core.staff.StaffUser;
import com.regimen.web.api.InvitationView;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.NewUserRequest;
import com.regimen.web.api.PasswordResetView;
import com.regimen.web.api.StaffCredentialsView;
import com.regimen.web.api.StaffCutoffView;
import com.regimen.web.api.StaffRequests;
import com.regimen.web.api.StaffUserView;
import com.regimen.web.auth.BeforePasswordChange;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.idempotency.Idempotent;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants and staff")
public class UserResource {
    private final StaffDirectory staff;
    private final StaffAccess access;

    public UserResource(StaffDirectory staff, StaffAccess access) {
        this.staff = staff;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "listStaff",
            summary = "List the staff", description = "Active and deactivated, in the order they were added.")
    public ListResponse<StaffUserView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                        @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(access.list(principal.identity(), PageRequest.of(limit, cursor)), StaffUserView::of);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "addStaff",
            summary = "Add a member of staff", description = "With a password the adder chose: at their first "
            + "sign-in the member must choose their own before anything else (403 PASSWORD_CHANGE_REQUIRED), as "
            + "after an invitation, unless passwordChangeRequired is false. Only an owner may add another owner. "
            + "409 EMAIL_TAKEN when the email is already used in this tenant.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StaffUserView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid NewUserRequest request) {
        StaffUser user = staff.add(principal.identity(),
                new NewStaffUser(request.email(), request.password(), request.name(), request.role(),
                        request.changeRequired()));
        return Response.status(Response.Status.CREATED).entity(StaffUserView.of(user)).build();
    }

    @POST
    @Path("/invitations")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "inviteStaffUser", summary = "Invite a member of staff", description = "Adds the "
            + "member with a random temporary password, answered in this reply only (stored hashed; null in a "
            + "replay), to hand over in person. At their first sign-in they must choose their own before "
            + "anything else (403 PASSWORD_CHANGE_REQUIRED). Only an owner may invite an owner; 409 EMAIL_TAKEN.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvitationView.class)))
    public Response invite(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid StaffRequests.Invitation request) {
        return Response.status(Response.Status.CREATED).entity(InvitationView.of(staff.invite(principal.identity(),
                request.email(), request.name(), request.role()))).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getMe", summary = "The signed-in member of staff")
    public StaffUserView me(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return StaffUserView.of(staff.me(principal.identity()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getStaff", summary = "A member of staff")
    public StaffUserView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return StaffUserView.of(staff.get(principal.identity(), id));
    }

    @PUT
    @Path("/{id}/role")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "changeStaffRole",
            summary = "Change a member's role", description = "Applies to their next request. A manager may "
            + "neither change an owner nor make one (403 FORBIDDEN); the chain's last active owner keeps the role "
            + "(409 LAST_OWNER).")
    public StaffUserView changeRole(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id, @NotNull @Valid StaffRequests.RoleChange request) {
        return StaffUserView.of(access.changeRole(principal.identity(), id, request.role()));
    }

    @POST
    @Path("/{id}/deactivation")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "deactivateStaff",
            summary = "Deactivate a member of staff", description = "At once and together: the account cannot "
            + "sign in, every live session is revoked and every API key they made is revoked (requests with any "
            + "of them get 401). Deactivating again changes nothing. 409 LAST_OWNER for the last active owner.")
    public StaffCutoffView deactivate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                      @PathParam("id") String id) {
        return StaffCutoffView.of(access.deactivate(principal.identity(), id));
    }

    @POST
    @Path("/{id}/reactivation")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "reactivateStaff",
            summary = "Let a deactivated member sign in again", description = "Sessions and API keys revoked "
            + "at deactivation stay revoked.")
    public StaffUserView reactivate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id) {
        return StaffUserView.of(access.reactivate(principal.identity(), id));
    }

    @POST
    @Path("/{id}/password-reset")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "resetStaffPassword",
            summary = "Reset a member's password", description = "Sets a random temporary password, answered "
            + "in this reply only (stored hashed), and revokes the member's sessions. They sign in with it and "
            + "choose their own at PUT /v1/users/me/password.")
    public PasswordResetView resetPassword(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                           @PathParam("id") String id) {
        return PasswordResetView.of(access.resetPassword(principal.identity(), id));
    }

    @DELETE
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "signStaffOutEverywhere",
            summary = "Sign a member out everywhere", description = "Revokes every live session; the account "
            + "stays active and their API keys keep working.")
    public StaffCutoffView revokeSessions(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                          @PathParam("id") String id) {
        return StaffCutoffView.of(access.revokeSessions(principal.identity(), id));
    }

    @GET
    @Path("/{id}/credentials")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "countStaffCredentials", summary = "How many live sessions and API keys a member has")
    public StaffCredentialsView credentials(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                            @PathParam("id") String id) {
        return StaffCredentialsView.of(id, access.credentials(principal.identity(), id));
    }

    @PUT
    @Path("/me/password")
    @BeforePasswordChange
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "changeMyPassword",
            summary = "Change my password", description = "401 INVALID_CREDENTIALS when the current password is "
            + "wrong; the new one must pass the password policy and differ from the current one. Every other "
            + "session of mine is revoked. After an invitation or a reset this is the only call (with sign-out) "
            + "the session may make.")
    public StaffUserView changeOwnPassword(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                           @NotNull @Valid StaffRequests.PasswordChange request) {
        return StaffUserView.of(access.changeOwnPassword(principal.identity(), request.currentPassword(),
                request.newPassword()));
    }
}
