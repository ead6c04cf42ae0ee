package com.regimen.web.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven headless through its chromedriver, for the UI tests. The flags keep it
 * off the network (this machine has none) and out of any profile of its own.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** @param windowSize e.g. "1280,800"; the UI is checked at desk and tablet sizes */
    public static ChromeDriver start(String windowSize) {
        String chromium = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(new File(chromium)).as("Chromium (apt-get install chromium chromium-driver; .ci/run does)")
                .exists();
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--window-size=" + windowSize, "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--lang=en-GB");
        // The console is read by the UI tests (no "Uncaught" errors): keep every browser log entry.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build(), options);
    }
}
