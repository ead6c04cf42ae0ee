package com.regimen.core.plugins;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.PluginContract;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.PatchTestTiming;
import com.regimen.plugin.spi.SpiVersion;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds treatment plugins on the classpath and in a directory of jars (one {@link PluginClassLoader}
 * per jar: it sees the SPI and the JDK, nothing else of ours), and refuses, naming the jar, any that
 * is broken or uses classes beyond the SPI: fail at boot rather than at the front desk. The shipped
 * plugins are ours, on the server's classpath; ArchitectureTest holds them to the SPI alone.
 */
public final class PluginLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    /** @param directory a directory of plugin jars; null or missing means classpath only */
    public static PluginRegistry load(Path directory) {
        Map<String, LoadedPlugin> byId = new LinkedHashMap<>();
        ClassLoader spiLoader = TreatmentPlugin.class.getClassLoader();
        for (ServiceLoader.Provider<TreatmentPlugin> provider : ServiceLoader.load(TreatmentPlugin.class, spiLoader)
                .stream().toList()) {
            add(byId, instantiate(provider, sourceOf(provider.type())));
        }
        for (Path jar : jars(directory)) {
            PluginClassLoader loader = new PluginClassLoader("plugin:" + jar.getFileName(), url(jar), spiLoader);
            Map<String, String> forbidden = PluginClassReferences.outsideTheSpi(jar, loader,
                    PluginLoader.class.getClassLoader());
            if (!forbidden.isEmpty()) {
                throw new PluginLoadException(PluginClassReferences.describe(jar, forbidden));
            }
            List<ServiceLoader.Provider<TreatmentPlugin>> own = ServiceLoader.load(TreatmentPlugin.class, loader)
                    .stream().filter(provider -> provider.type().getClassLoader() == loader).toList();
            if (own.isEmpty()) {
                throw new PluginLoadException("Plugin jar " + jar + " names no implementation in META-INF/services/"
                        + TreatmentPlugin.class.getName());
            }
            for (ServiceLoader.Provider<TreatmentPlugin> provider : own) {
                add(byId, instantiate(provider, jar.toString()));
            }
        }
        byId.values().forEach(p -> LOG.info("Treatment plugin {} {} loaded from {}", p.id(), p.version(), p.source()));
        return new PluginRegistry(byId);
    }

    private static LoadedPlugin instantiate(ServiceLoader.Provider<TreatmentPlugin> provider, String source) {
        TreatmentPlugin plugin;
        PluginDescriptor descriptor;
        TreatmentProtocol protocol;
        Map<String, Long> defaultPrices;
        int deposit;
        PatchTestTiming patchTestTiming;
        Optional<ConsentForm> consentForm;
        List<CareInstruction> careInstructions;
        try {
            plugin = provider.get();
            descriptor = plugin.descriptor();
            protocol = plugin.protocol();
            defaultPrices = Map.copyOf(plugin.defaultPrices());
            deposit = plugin.defaultDepositPercent();
            patchTestTiming = plugin.patchTestTiming();
            consentForm = plugin.consentForm();
            careInstructions = plugin.careInstructions();
        } catch (RuntimeException | LinkageError e) {
            throw new PluginLoadException("Plugin " + provider.type().getName() + " from " + source
                    + " failed to describe itself: " + e, e);
        }
        List<String> problems = new ArrayList<>(PluginContract.checkDescriptor(descriptor));
        if (descriptor != null && descriptor.spiVersion() != null && !SpiVersion.CURRENT.canLoad(descriptor.spiVersion())) {
            problems.add("built for SPI " + descriptor.spiVersion() + ", which SPI " + SpiVersion.CURRENT
                    + " cannot load");
        }
        problems.addAll(PluginContract.checkProtocol(protocol));
        problems.addAll(PluginContract.checkPatchTestTiming(patchTestTiming));
        if (consentForm == null) {
            problems.add("consentForm() returned null (return Optional.empty() for none)");
        } else {
            consentForm.ifPresent(form -> problems.addAll(PluginContract.checkConsentForm(form)));
        }
        problems.addAll(PluginContract.checkCareInstructions(careInstructions));
        if (defaultPrices.values().stream().anyMatch(amount -> amount == null || amount < 0)) {
            problems.add("default prices must not be negative");
        }
        if (deposit < 0 || deposit > 100) {
            problems.add("default deposit must be 0 to 100 percent");
        }
        if (!problems.isEmpty()) {
            throw new PluginLoadException("Plugin " + provider.type().getName() + " from " + source
                    + " is invalid: " + String.join("; ", problems));
        }
        return new LoadedPlugin(plugin, descriptor, protocol, defaultPrices, deposit, source, patchTestTiming,
                consentForm.orElse(null), careInstructions);
    }

    private static void add(Map<String, LoadedPlugin> byId, LoadedPlugin plugin) {
        LoadedPlugin existing = byId.putIfAbsent(plugin.id(), plugin);
        if (existing != null) {
            throw new PluginLoadException("Duplicate treatment plugin id '" + plugin.id() + "' in " + plugin.source()
                    + " and " + existing.source());
        }
    }

    private static List<Path> jars(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new PluginLoadException("Cannot read the plugins directory " + directory, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginLoadException("Bad plugin jar path " + jar, e);
        }
    }

    private static String sourceOf(Class<?> type) {
        CodeSource codeSource = type.getProtectionDomain().getCodeSource();
        return codeSource == null ? "classpath" : "classpath:" + codeSource.getLocation().getPath();
    }
}
