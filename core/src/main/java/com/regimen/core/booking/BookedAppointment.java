package com.regimen.core.booking;

import com.regimen.core.inventory.ReservedConsumable;

import java.util.List;

/** An appointment with the consumables it holds. */
public record BookedAppointment(Appointment appointment, List<ReservedConsumable> reservedConsumables) {
}
