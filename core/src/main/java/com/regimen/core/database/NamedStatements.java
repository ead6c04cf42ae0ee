package com.regimen.core.database;

import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Puts the DAO method's name in front of its SQL ({@code /* AppointmentDao.insert *&#47;}), as
 * Dropwizard's {@code NamePrependingTemplateEngine} does, so the database's logs and process list
 * say where a statement came from; but parsed once per template.
 *
 * <p>Why not Dropwizard's: it only implements {@code render}, so Jdbi cannot cache its parse and
 * falls back to rendering every statement afresh, which runs the ANTLR lexer of the template engine
 * underneath on every execution (4% of a booking's request samples in JFR, docs/benchmarks.md).
 * This one hands Jdbi the parsed template of the engine it wraps and adds the name when rendering.
 */
public final class NamedStatements implements TemplateEngine.Parsing {
    private final TemplateEngine sql;
    private final Map<Named, String> prefixes = new ConcurrentHashMap<>();

    public NamedStatements(TemplateEngine sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        Function<StatementContext, String> rendered = sql.parse(template, config)
                .orElseGet(() -> ctx -> sql.render(template, ctx));
        return Optional.of(ctx -> named(ctx, rendered.apply(ctx)));
    }

    private String named(StatementContext ctx, String rendered) {
        ExtensionMethod method = ctx.getExtensionMethod();
        if (method == null) {
            return rendered;
        }
        return prefixes.computeIfAbsent(new Named(method.getType(), method.getMethod()), Named::prefix) + rendered;
    }

    /** A DAO type and one of its methods (possibly declared on an interface it extends). */
    private record Named(Class<?> type, Method method) {
        String prefix() {
            String name = type.getSimpleName();
            return "/* " + (name.isEmpty() ? "" : name + ".") + method.getName() + " */ ";
        }
    }
}
