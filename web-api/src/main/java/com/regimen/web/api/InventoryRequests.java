package com.regimen.web.api;

import com.regimen.core.inventory.InventoryItems;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the inventory endpoints. */
public final class InventoryRequests {
    private InventoryRequests() {
    }

    public record NewItem(@NotBlank @Size(max = 64) @Schema(pattern = InventoryItems.SKU_FORMAT,
            description = "Lower-case letters, digits, '.', '_' or '-', starting with a letter or digit; "
                    + "1 to 64 characters; unique in the clinic chain") String sku,
                    @NotBlank @Size(max = 200) String name,
                          @NotBlank @Size(max = 40) String unit) {
    }

    public record ParLevel(@NotBlank @Size(max = 64) String locationId, @NotNull Integer parLevel) {
    }

    public record Receipt(@NotBlank @Size(max = 64) String locationId, @NotBlank @Size(max = 64) String sku,
                          @NotBlank @Size(max = 100) String lotNumber, @NotNull @Storable LocalDate expiresOn,
                          @NotNull Integer quantity,
                          @Schema(nullable = true, description = "What one unit cost, in minor units of the "
                                  + "location's currency; leave it out when not known (reports then count the "
                                  + "units as of unknown cost, never as free)") Long unitCost) {
    }

    public record Adjustment(@NotBlank @Size(max = 64) String lotId, @NotNull Integer delta,
                             @NotBlank @Size(max = 500) String reason) {
    }

    public record Transfer(@NotBlank @Size(max = 64) String lotId, @NotBlank @Size(max = 64) String toLocationId,
                           @NotNull Integer quantity) {
    }
}
