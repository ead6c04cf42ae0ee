package com.regimen.web.testing;

import com.regimen.plugin.spi.TreatmentPlugin;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds a plugin jar the way a third party would: one source file compiled against the SPI alone
 * (outside this build), packaged with its META-INF/services entry.
 */
public final class PluginJars {
    private PluginJars() {
    }

    public static Path build(Path directory, String className, String source) {
        return build(directory, className, source, List.of(locationOf(TreatmentPlugin.class)));
    }

    /**
     * Compiles against {@code classpath} (the SPI jar a plugin author has, or more: a plugin that
     * wrongly compiles against our core too) and packages the result.
     */
    public static Path build(Path directory, String className, String source, List<Path> classpath) {
        try {
            Path work = Files.createTempDirectory("plugin-src");
            Path sourceFile = work.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
            Files.writeString(sourceFile, source);
            Path classes = Files.createDirectories(work.resolve("classes"));
            String compileClasspath = String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int result = compiler.run(null, null, null, "--release", "17", "-classpath", compileClasspath, "-d", classes.toString(),
                    sourceFile.toString());
            if (result != 0) {
                throw new IllegalStateException("Plugin source did not compile");
            }
            Files.createDirectories(directory);
            Path jar = directory.resolve(className.substring(className.lastIndexOf('.') + 1).toLowerCase() + ".jar");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                 Stream<Path> compiled = Files.walk(classes)) {
                for (Path path : compiled.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(path));
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry("META-INF/services/" + TreatmentPlugin.class.getName()));
                out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar or classes directory a class was loaded from. */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal, valid plugin; {@code id} and {@code spiMajor} vary it, {@code minSessions} can break it. */
    public static String source(String packageName, String simpleName, String id, int spiMajor, int minSessions) {
        return """
                package %s;

                import com.regimen.plugin.spi.*;
                import java.util.List;
                import java.util.Map;
                import java.util.Set;

                public final class %s implements TreatmentPlugin {
                    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(%d, 3, 7, 20,
                            Set.of(Credential.NURSE), Set.of(), null, List.of(new ConsumableUse("lip-filler-syringe", 1)),
                            List.of(), List.of(LocalizedText.of("تجنب التدليك لمدة يوم", "Avoid massage for a day")),
                            Set.of(), List.of(CommonQuestions.PREGNANT));

                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("%s", "0.3.1", new SpiVersion(%d, 0),
                                LocalizedText.of("فيلر الشفاه", "Lip filler"));
                    }

                    public TreatmentProtocol protocol() {
                        return PROTOCOL;
                    }

                    public Map<String, Long> defaultPrices() {
                        return Map.of("session", 30000L);
                    }

                    public Quote quote(QuoteRequest request) {
                        return PerSessionPricing.quote(request, PROTOCOL, "session", LocalizedText.of("جلسة", "Session"));
                    }

                    public List<ScreeningFinding> screen(ScreeningSubject subject) {
                        return ScreeningRule.evaluate(List.of(ScreeningRule.whenYes("PREGNANT", "LIP_FILLER_PREGNANCY",
                                Severity.BLOCK, LocalizedText.of("لا أثناء الحمل", "Not during pregnancy"))), subject);
                    }
                }
                """.formatted(packageName, simpleName, minSessions, id, spiMajor);
    }
}
