package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.demo.DemoClinic;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The UI tests' one harness: a headless Chromium working the front desk as a receptionist does (sign
 * in, click, type, set a date as a picker does), waiting for what the page shows (never for a time),
 * screenshots into target/screenshots, and the console's entries. A UI test class starts one in
 * {@code @BeforeAll} and closes it in {@code @AfterAll} (a Chromium start costs seconds): each sign-in
 * clears the cookies and the page's storage, so tests do not see each other's desk.
 */
public final class DeskBrowser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final String base;
    private final List<LogEntry> console = new ArrayList<>();

    /** @param base the server's address, e.g. http://127.0.0.1:PORT; @param size the window, e.g. "1280,800" */
    public DeskBrowser(String base, String size) throws IOException {
        this.base = base;
        this.driver = HeadlessChromium.start(size);
        // Long enough for an Undo window (8 s) to run out on a busy shared machine.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    /** The demo clinic chain's tenant id ({@code demoData: true}) in {@code database}. */
    public static String demoTenant(TestDatabase database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT tenant_id FROM tenants WHERE name = :name")
                .bind("name", DemoClinic.TENANT_NAME).mapTo(String.class).one());
    }

    public String base() {
        return base;
    }

    /** Signs in afresh (cookies and the page's storage cleared) in {@code language}; waits for the day view. */
    public void signIn(String tenant, String email, String language) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/?tenant=" + tenant);
        js("localStorage.clear()");
        driver.navigate().refresh();
        // The session cookie's path is /v1, out of deleteAllCookies' reach: a test that stopped half-way
        // leaves the desk signed in, so sign out first.
        wait.until(d -> !d.findElements(By.name("email")).isEmpty()
                || !d.findElements(By.cssSelector("[data-test=sign-out]")).isEmpty());
        if (driver.findElements(By.name("email")).isEmpty()) {
            click(By.cssSelector("[data-test=sign-out]"));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        if (!language.equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            click(By.cssSelector("[data-test=language]"));
        }
        wait.until(d -> {
            try {
                WebElement mail = d.findElement(By.name("email"));
                WebElement password = d.findElement(By.name("password"));
                mail.clear();
                mail.sendKeys(email);
                password.clear();
                password.sendKeys(DemoClinic.PASSWORD);
                return email.equals(d.findElement(By.name("email")).getAttribute("value"));
            } catch (StaleElementReferenceException changed) {
                return false;
            }
        });
        click(By.cssSelector("[data-test=sign-in]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=new-booking]")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens an appointment's panel as the day grid's click does. */
    public void openAppointment(String id) {
        Object opened = ((JavascriptExecutor) driver).executeAsyncScript("const id = arguments[0];"
                + "const done = arguments[arguments.length - 1];"
                + "import('/appointment.js').then((m) => m.openAppointment(id, () => {}))"
                + ".then(() => done('opened'), (e) => done(String(e)));", id);
        if (!"opened".equals(opened)) {
            throw new AssertionError("the panel did not open: " + opened);
        }
        visible(By.cssSelector("[data-test=status]"));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void gone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void until(BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }

    public void click(By by) {
        // A view may re-render between finding the element and clicking it: find it again then.
        wait.until(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                if (element == null) {
                    return false;
                }
                clickElement(element);
                return true;
            } catch (StaleElementReferenceException gone) {
                return false;
            }
        });
    }

    public void clickElement(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            js("arguments[0].click()", element);
        }
    }

    public void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /** What a date picker does: sets the value and tells the page. */
    public void setValue(By by, String value) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    /** Waits for the open appointment's status to be {@code status}. */
    public void waitForStatus(String status) {
        wait.until(d -> d.findElements(By.cssSelector("[data-test=status][data-status=" + status + "]")).size() == 1);
    }

    public void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Every console entry since the browser started (Chromium hands each out once, so they are kept). */
    public List<LogEntry> console() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
        return List.copyOf(console);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
