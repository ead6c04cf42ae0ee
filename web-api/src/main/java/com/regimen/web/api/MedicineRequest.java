package com.regimen.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A name to add to the clinic's medicine vocabulary.
 *
 * @param medicineClass a MedicineClass name, e.g. ANTICOAGULANT (checked by the domain, so the error names the choices)
 */
public record MedicineRequest(@NotBlank @Size(max = 100) String name, @NotNull @Size(max = 40) String medicineClass) {
}
