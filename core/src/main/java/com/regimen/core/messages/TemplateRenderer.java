package com.regimen.core.messages;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.PartialCode;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mustache, checked: a template names only the variables messages have ({@link #VARIABLES}), includes
 * nothing (partials would read files), and renders HTML-escaped for email's HTML part and as written
 * for plain text (SMS, WhatsApp, email's text part), where escaping would show "&amp;amp;".
 */
public final class TemplateRenderer {
    /** Every variable a template may use; a value missing for an event renders empty. */
    public static final Set<String> VARIABLES = Set.of("patientName", "clinic", "treatment", "practitioner", "date",
            "time", "preCare", "afterCare", "hasPreCare", "hasAfterCare", "link", "amount");

    // No resolver: a partial or a parent template is refused instead of being looked up on disk.
    private static final DefaultMustacheFactory HTML = new DefaultMustacheFactory(name -> null);
    private static final DefaultMustacheFactory TEXT = new DefaultMustacheFactory(name -> null) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private TemplateRenderer() {
    }

    /** 422 INVALID_TEMPLATE for what Mustache cannot read, UNKNOWN_TEMPLATE_VARIABLE naming the unknown ones. */
    public static void validate(String field, String template) {
        Mustache compiled = compile(HTML, field, template);
        Set<String> unknown = new TreeSet<>();
        collectUnknown(compiled.getCodes(), unknown, field);
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "UNKNOWN_TEMPLATE_VARIABLE",
                    field + " uses variables messages do not have: " + String.join(", ", unknown)
                            + ". Known: " + String.join(", ", new TreeSet<>(VARIABLES)) + ".",
                    List.of(new FieldError(field, "unknown variables " + unknown)),
                    Map.of("unknown", List.copyOf(unknown)));
        }
    }

    public static String html(String template, Map<String, Object> variables) {
        return render(HTML, template, variables);
    }

    public static String text(String template, Map<String, Object> variables) {
        return render(TEXT, template, variables);
    }

    private static String render(DefaultMustacheFactory factory, String template, Map<String, Object> variables) {
        StringWriter out = new StringWriter();
        compile(factory, "template", template).execute(out, variables);
        return out.toString();
    }

    private static Mustache compile(DefaultMustacheFactory factory, String field, String template) {
        try {
            return factory.compile(new StringReader(template), field);
        } catch (MustacheException | IllegalArgumentException e) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "INVALID_TEMPLATE",
                    field + " is not a valid Mustache template (an unclosed section or tag, or an include).",
                    List.of(new FieldError(field, "not a valid template")), Map.of());
        }
    }

    private static void collectUnknown(Code[] codes, Set<String> unknown, String field) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof PartialCode || code instanceof ExtendCode) {
                throw new DomainException(ErrorKind.UNPROCESSABLE, "INVALID_TEMPLATE",
                        field + " includes another template; messages are written whole.",
                        List.of(new FieldError(field, "includes are not allowed")), Map.of());
            }
            String name = code.getName();
            if (name != null && !name.equals(".") && !VARIABLES.contains(name)) {
                unknown.add(name);
            }
            collectUnknown(code.getCodes(), unknown, field);
        }
    }
}
