package com.regimen.web.openapi;

import com.regimen.core.booking.ClinicalState;
import com.regimen.core.inventory.StockLevels;
import com.regimen.core.inventory.StockLot;
import com.regimen.core.inventory.StockMovement;
import com.regimen.core.reports.StockReport;
import com.regimen.core.scheduling.PractitionerCredential;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code @Schema(nullable = true)} hold for members whose type is a model of its own (Money,
 * a nested view). swagger-core writes such a member as a bare {@code $ref}, and OpenAPI 3.0 ignores
 * anything beside a {@code $ref}, so the null the member can carry went undeclared. Here the member
 * gets the model's schema inline with {@code nullable: true}, which validators and client
 * generators understand. Core records that still leak into answers cannot carry swagger
 * annotations (core does not depend on it); their nullable members are listed here until they get
 * views in {@code web.api}.
 */
final class NullableMembers implements ModelConverter {
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final Map<Class<?>, Set<String>> CORE_RECORDS = Map.of(
            ClinicalState.ClearanceState.class, Set.of("clearanceId", "physicianId", "physicianName", "expiresAt"),
            PractitionerCredential.class, Set.of("licenceNumber", "expiresOn"),
            StockLevels.ItemLevel.class, Set.of("parLevel"),
            StockLot.class, Set.of("unitCost"),
            StockReport.StockItem.class, Set.of("cost"),
            StockReport.StockValue.class, Set.of("amount"),
            StockMovement.class, Set.of("reason", "appointmentId", "patientId", "relatedLotId"));

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        // Asked for as a reference, the chain answers a $ref and keeps the model among the defined ones.
        Schema<?> model = resolved != null && resolved.get$ref() != null ? defined(context, resolved) : resolved;
        if (model == null || !raw.isRecord() || model.getProperties() == null) {
            return resolved;
        }
        Set<String> listed = CORE_RECORDS.getOrDefault(raw, Set.of());
        for (RecordComponent member : raw.getRecordComponents()) {
            io.swagger.v3.oas.annotations.media.Schema declared =
                    member.getAccessor().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            Schema<?> property = model.getProperties().get(member.getName());
            boolean nullable = declared != null && declared.nullable() || listed.contains(member.getName());
            if (!nullable || property == null) {
                continue;
            }
            Schema<?> target = property.get$ref() == null ? null : defined(context, property);
            if (target != null) {
                model.getProperties().put(member.getName(),
                        inlineNullable(target, declared == null ? "" : declared.description()));
            } else if (property.get$ref() == null) {
                property.setNullable(true);
            }
        }
        return resolved;
    }

    private static Schema<?> defined(ModelConverterContext context, Schema<?> reference) {
        String ref = reference.get$ref();
        return ref.startsWith(REF_PREFIX) ? context.getDefinedModels().get(ref.substring(REF_PREFIX.length())) : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> inlineNullable(Schema<?> model, String description) {
        Schema inline = new Schema<>();
        inline.setType(model.getType());
        inline.setFormat(model.getFormat());
        inline.setProperties(model.getProperties());
        inline.setRequired(model.getRequired());
        inline.setAdditionalProperties(model.getAdditionalProperties());
        inline.setEnum(model.getEnum());
        inline.setDescription(description.isEmpty() ? model.getDescription() : description);
        inline.setNullable(true);
        return inline;
    }
}
