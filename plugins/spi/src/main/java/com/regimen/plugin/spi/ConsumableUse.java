package com.regimen.plugin.spi;

/** A stock item a session uses up, by the tenant's sku, and how many units. */
public record ConsumableUse(String sku, int quantity) {
}
