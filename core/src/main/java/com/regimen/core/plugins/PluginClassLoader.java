package com.regimen.core.plugins;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of one plugin jar: it sees the jar, the SPI and the JDK, and nothing else of the
 * server's (as Trino's PluginClassLoader). Its parent is the platform class loader, so the server's
 * libraries (Jdbi, Jackson, our core) are invisible to a plugin; only the SPI's package is handed
 * over from the server's loader, so plugin and server share the SPI's classes.
 */
final class PluginClassLoader extends URLClassLoader {
    static final String SPI_PACKAGE = "com.regimen.plugin.spi.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;

    PluginClassLoader(String name, URL jar, ClassLoader spiLoader) {
        super(name, new URL[]{jar}, ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return spiLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
