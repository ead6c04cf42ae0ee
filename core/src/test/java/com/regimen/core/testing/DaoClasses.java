package com.regimen.core.testing;

import com.regimen.core.tenancy.TenantDao;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every *Dao class compiled into core: what the SQL checks and the metadata preload must cover. */
public final class DaoClasses {
    private DaoClasses() {
    }

    public static List<Class<?>> inCore() throws URISyntaxException, IOException {
        Path root = Path.of(TenantDao.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("Dao.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(DaoClasses::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
