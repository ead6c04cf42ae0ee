package com.regimen.core.plugins;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the classes a plugin jar uses that its own class loader cannot give it but the server's
 * could: a plugin compiled against our core or our libraries. Caught at load, such a plugin is
 * refused with the classes named; left alone, it would fail with NoClassDefFoundError at the front
 * desk, the first time the code path that uses them ran. References found nowhere (an optional
 * dependency of a library shaded into the jar) are left alone: they were never the server's.
 */
final class PluginClassReferences {
    private PluginClassReferences() {
    }

    /** @return each class the jar may not use, with the first of the jar's classes that uses it */
    static Map<String, String> outsideTheSpi(Path jar, ClassLoader pluginLoader, ClassLoader serverLoader) {
        Map<String, Set<String>> usesByClass = uses(jar);
        Map<String, String> forbidden = new TreeMap<>();
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        usesByClass.forEach((user, used) -> used.stream().sorted().forEach(name -> {
            if (!usesByClass.containsKey(name)
                    && verdicts.computeIfAbsent(name, n -> isServerOnly(n, pluginLoader, serverLoader))) {
                forbidden.putIfAbsent(name, user);
            }
        }));
        return forbidden;
    }

    private static boolean isServerOnly(String name, ClassLoader pluginLoader, ClassLoader serverLoader) {
        return !loads(name, pluginLoader) && loads(name, serverLoader);
    }

    private static boolean loads(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Map<String, Set<String>> uses(Path jar) {
        Map<String, Set<String>> usesByClass = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().filter(PluginClassReferences::isClass).toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    ClassReader reader = new ClassReader(in);
                    Set<String> used = new HashSet<>();
                    reader.accept(new ClassRemapper(new ClassWriter(0), new Remapper() {
                        @Override
                        public String map(String internalName) {
                            if (!internalName.startsWith("[")) {
                                used.add(internalName.replace('/', '.'));
                            }
                            return internalName;
                        }
                    }), 0);
                    String self = reader.getClassName().replace('/', '.');
                    used.remove(self);
                    usesByClass.put(self, used);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new PluginLoadException("Plugin jar " + jar + " cannot be read: " + e, e);
        }
        return usesByClass;
    }

    private static boolean isClass(JarEntry entry) {
        String name = entry.getName();
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/");
    }

    static String describe(Path jar, Map<String, String> forbidden) {
        List<String> lines = forbidden.entrySet().stream()
                .map(use -> use.getKey() + " (used by " + use.getValue() + ")").toList();
        return "Plugin jar " + jar + " uses classes outside the SPI: " + String.join(", ", lines)
                + ". A plugin sees only " + PluginClassLoader.SPI_PACKAGE + "* and the JDK; shade any library it needs"
                + " into its jar.";
    }
}
