package com.regimen.web.resources;

import com.regimen.core.errors.DomainException;
import com.regimen.core.inventory.InventoryItems;
import com.regimen.core.inventory.StockLedger;
import com.regimen.core.inventory.StockLevels;
import com.regimen.core.inventory.StockLot;
import com.regimen.core.paging.PageRequest;
import com.regimen.web.api.InventoryItemView;
import com.regimen.web.api.InventoryRequests;
import com.regimen.web.api.ItemLevelView;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.RecipientView;
import com.regimen.web.api.StockLotView;
import com.regimen.web.api.StockMovementView;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("/inventory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
public class InventoryResource {
    private final InventoryItems items;
    private final StockLedger ledger;
    private final StockLevels levels;

    public InventoryResource(InventoryItems items, StockLedger ledger, StockLevels levels) {
        this.items = items;
        this.ledger = ledger;
        this.levels = levels;
    }

    public record Transferred(StockLotView from, StockLotView to) {
    }

    public record LedgerCheck(boolean consistent, List<String> mismatchedLots) {
    }

    @POST
    @Path("/items")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "createInventoryItem",
            summary = "Add an item to the catalogue", description = "409 SKU_TAKEN when the sku exists.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventoryItemView.class)))
    public Response createItem(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                               @NotNull @Valid InventoryRequests.NewItem request) {
        return Response.status(Response.Status.CREATED)
                .entity(InventoryItemView.of(items.create(principal.identity(), request.sku(), request.name(),
                        request.unit()))).build();
    }

    @GET
    @Path("/items")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listInventoryItems", summary = "The item catalogue")
    public ListResponse<InventoryItemView> listItems(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                 @QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        return ListResponse.of(items.list(principal.identity(), PageRequest.of(limit, cursor)), InventoryItemView::of);
    }

    @PUT
    @Path("/items/{id}/par-level")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "setParLevel", summary = "Set how many units a location should keep")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    public Response setParLevel(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                                @NotNull @Valid InventoryRequests.ParLevel request) {
        items.setParLevel(principal.identity(), id, request.locationId(), request.parLevel());
        return Response.noContent().build();
    }

    @POST
    @Path("/receipts")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "receiveStock",
            summary = "Receive a delivery", description = "Creates the lot, or adds to the lot with that number "
            + "here (409 LOT_EXPIRY_MISMATCH if its expiry differs, 409 LOT_COST_MISMATCH if it already has "
            + "another unit cost).")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StockLotView.class)))
    public Response receive(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                            @NotNull @Valid InventoryRequests.Receipt request) {
        return Response.status(Response.Status.CREATED).entity(StockLotView.of(ledger.receive(principal.identity(),
                request.locationId(), request.sku(), request.lotNumber(), request.expiresOn(), request.quantity(),
                request.unitCost())))
                .build();
    }

    @POST
    @Path("/adjustments")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "adjustStock",
            summary = "Adjust a lot (waste, count correction)", description = "409 INSUFFICIENT_STOCK if it "
            + "would take stock held for appointments.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StockLotView.class)))
    public Response adjust(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid InventoryRequests.Adjustment request) {
        return Response.status(Response.Status.CREATED)
                .entity(StockLotView.of(ledger.adjust(principal.identity(), request.lotId(), request.delta(),
                        request.reason())))
                .build();
    }

    @POST
    @Path("/transfers")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "transferStock", summary = "Move units of a lot to another location")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Transferred.class)))
    public Response transfer(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                             @NotNull @Valid InventoryRequests.Transfer request) {
        List<StockLot> lots = ledger.transfer(principal.identity(), request.lotId(), request.toLocationId(),
                request.quantity());
        return Response.status(Response.Status.CREATED).entity(new Transferred(StockLotView.of(lots.get(0)),
                StockLotView.of(lots.get(1)))).build();
    }

    @GET
    @Path("/stock")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getStockAtLocation",
            summary = "Stock at a location", description = "Per sku and lot: onHand, reserved, available; "
            + "expired lots are never available.")
    public ListResponse<ItemLevelView> stock(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                             @QueryParam("locationId") String locationId) {
        return new ListResponse<>(levels.atLocation(principal.identity(), required(locationId)).stream()
                .map(ItemLevelView::of).toList(), null);
    }

    @GET
    @Path("/lots/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getStockLot", summary = "A lot")
    public StockLotView lot(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return StockLotView.of(ledger.lot(principal.identity(), id));
    }

    @GET
    @Path("/lots/{id}/movements")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listStockMovements", summary = "A lot's ledger rows, oldest first")
    public ListResponse<StockMovementView> movements(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                     @PathParam("id") String id) {
        return new ListResponse<>(ledger.movements(principal.identity(), id).stream().map(StockMovementView::of)
                .toList(), null);
    }

    @GET
    @Path("/lots/{id}/recipients")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listLotRecipients", summary = "Recall: the patients and appointments that received a lot")
    public ListResponse<RecipientView> recipients(
            @Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return new ListResponse<>(levels.recipients(principal.identity(), id).stream().map(RecipientView::of).toList(),
                null);
    }

    @GET
    @Path("/reports/below-par")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listItemsBelowPar",
            summary = "Items whose available stock is below the location's par level")
    public ListResponse<ItemLevelView> belowPar(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                @QueryParam("locationId") String locationId) {
        return new ListResponse<>(levels.belowPar(principal.identity(), required(locationId)).stream()
                .map(ItemLevelView::of).toList(), null);
    }

    @GET
    @Path("/reports/expiring")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listExpiringLots", summary = "Lots with stock that expire within `days` (default 30)")
    public ListResponse<StockLotView> expiring(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                               @QueryParam("days") Integer days,
                                               @QueryParam("locationId") String locationId) {
        return new ListResponse<>(levels.expiringWithin(principal.identity(), days == null ? 30 : days, locationId)
                .stream().map(StockLotView::of).toList(), null);
    }

    @GET
    @Path("/ledger-check")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "checkStockLedger",
            summary = "Proof that every lot's on-hand equals the sum of its ledger rows")
    public LedgerCheck ledgerCheck(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        List<String> mismatches = ledger.ledgerMismatches(principal.identity());
        return new LedgerCheck(mismatches.isEmpty(), mismatches);
    }

    private static String required(String locationId) {
        if (locationId == null || locationId.isBlank()) {
            throw DomainException.invalid("locationId", "is required");
        }
        return locationId;
    }
}
