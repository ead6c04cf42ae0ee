package com.regimen.web.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.DeskBrowser;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (from the npm registry, fetched by the build into target/axe-core and injected by the
 * test only; the application never serves it) on the day, week, booking, appointment, patient
 * search, patient profile, inventory and refunds views in both languages: no serious or critical violation. The browser's
 * console stays free of errors through the whole walk.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessibilityUiIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"));
    private static final Path AXE = Path.of("target", "axe-core", "package", "axe.min.js");

    private static String tenant() {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT tenant_id FROM tenants WHERE name = :name")
                .bind("name", DemoClinic.TENANT_NAME).mapTo(String.class).one());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"en, '1366,768'", "ar, '820,1180'"})
    void theDesksViewsHaveNoSeriousOrCriticalViolations(String language, String size) throws Exception {
        assertThat(AXE).as("axe-core unpacked by the build (download-maven-plugin)").exists();
        String axe = Files.readString(AXE);
        List<String> found = new ArrayList<>();
        try (DeskBrowser desk = new DeskBrowser("http://127.0.0.1:" + APP.getLocalPort(), size)) {
            desk.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            desk.signIn(tenant(), DemoClinic.OWNER_EMAIL, language);
            desk.click(By.cssSelector("[data-test=next-day]"));
            desk.visible(By.cssSelector("[data-test=appointment]"));
            found.addAll(violations(desk, axe, "day"));

            desk.click(By.cssSelector("[data-test=view-week]"));
            desk.visible(By.cssSelector("[data-test=week] [data-test=appointment]"));
            found.addAll(violations(desk, axe, "week"));
            desk.click(By.cssSelector("[data-test=view-day]"));
            desk.visible(By.cssSelector(".grid [data-test=appointment]"));

            desk.click(By.cssSelector("[data-test=appointment]"));
            desk.visible(By.cssSelector("#dialog [data-test=status]"));
            found.addAll(violations(desk, axe, "appointment"));
            desk.click(By.cssSelector("[data-test=close-dialog]"));

            desk.type(By.cssSelector("[data-test=global-search]"), "noura");
            desk.visible(By.cssSelector("[data-test=patient-option]"));
            found.addAll(violations(desk, axe, "patient search"));
            desk.click(By.cssSelector("[data-test=patient-option]"));
            desk.visible(By.cssSelector("#dialog [data-test=chosen-patient]"));
            new Select(desk.driver.findElement(By.cssSelector("[data-test=treatment]"))).selectByValue("prp");
            desk.click(By.cssSelector("[data-test=find-slots]"));
            desk.visible(By.cssSelector("[data-test=screening-outcome]"));
            found.addAll(violations(desk, axe, "booking"));
            desk.click(By.cssSelector("[data-test=open-profile]"));
            desk.visible(By.cssSelector("#dialog [data-test=profile-details]"));
            found.addAll(violations(desk, axe, "profile"));
            desk.click(By.cssSelector("[data-test=close-dialog]"));

            desk.click(By.cssSelector("[data-test=nav-inventory]"));
            desk.visible(By.cssSelector("[data-test=stock]"));
            found.addAll(violations(desk, axe, "inventory"));

            desk.click(By.cssSelector("[data-test=nav-refunds]"));
            desk.visible(By.cssSelector("main h2"));
            found.addAll(violations(desk, axe, "refunds"));
            desk.screenshot("v2-a11y-refunds-" + language);

            assertThat(found).as("serious or critical axe violations (" + language + ")").isEmpty();
            List<LogEntry> errors = desk.console().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(errors).as("console errors on the walk").isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(DeskBrowser desk, String axe, String view) throws Exception {
        desk.js(axe);
        Object result = ((JavascriptExecutor) desk.driver).executeAsyncScript("const done = arguments[0];"
                + "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(JSON.stringify(r.violations"
                + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' '))"
                + ".join(' | '))))).catch((e) => done(JSON.stringify(['axe failed: ' + e])));");
        List<String> list = new ObjectMapper().readValue(String.valueOf(result), List.class);
        return list.stream().map(v -> view + ": " + v).toList();
    }
}
