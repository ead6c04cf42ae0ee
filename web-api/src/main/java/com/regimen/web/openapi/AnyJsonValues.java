package com.regimen.web.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;

/**
 * A member typed {@code Object} (a map's values, an answer's settings) holds any JSON value, a
 * boolean or a string as well as an object; swagger-core would declare it an object.
 */
final class AnyJsonValues implements ModelConverter {
    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() != null && Json.mapper().constructType(type.getType()).getRawClass() == Object.class) {
            return new Schema<>().description("Any JSON value");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
