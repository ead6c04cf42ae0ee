package com.regimen.web.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

/**
 * The desk's consent step in the browser, for UI tests about other things: on an open appointment
 * whose treatment asks for consent, the patient signs (typed name, a mark drawn with the mouse)
 * before check-in, as the desk does on the day.
 */
public final class DeskConsents {
    private DeskConsents() {
    }

    /** Signs when the appointment shows a missing or outdated consent; does nothing when none is asked for. */
    public static void signIfAsked(WebDriver browser, WebDriverWait wait, String typedName) {
        // The panel is open once its status shows; its consent line then loads, or goes when none is asked for.
        wait.until(d -> !d.findElements(By.cssSelector("#dialog [data-test=status]")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("[data-test=consent-state]")).isEmpty()
                || d.findElements(By.cssSelector("[data-test=consent-row]")).isEmpty());
        List<WebElement> state = browser.findElements(By.cssSelector("[data-test=consent-state]"));
        if (state.isEmpty() || "SIGNED".equals(state.get(0).getAttribute("data-state"))) {
            return;
        }
        click(browser, wait, By.cssSelector("[data-test=consent]"));
        wait.until(d -> d.findElement(By.cssSelector("[data-test=consent-name]")).isDisplayed());
        browser.findElement(By.cssSelector("[data-test=consent-name]")).sendKeys(typedName);
        WebElement pad = browser.findElement(By.cssSelector("[data-test=consent-pad]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
        int width = pad.getRect().getWidth();
        new Actions(browser).moveToElement(pad, -width / 3, 0).clickAndHold().moveByOffset(width / 6, -30)
                .moveByOffset(width / 6, 60).moveByOffset(width / 6, -60).release().perform();
        click(browser, wait, By.cssSelector("[data-test=consent-sign]"));
        wait.until(d -> d.findElements(By.cssSelector("[data-test=consent-state][data-state=SIGNED]")).size() == 1);
    }

    private static void click(WebDriver browser, WebDriverWait wait, By by) {
        WebElement element = wait.until(d -> {
            WebElement found = d.findElement(by);
            return found.isDisplayed() && found.isEnabled() ? found : null;
        });
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
    }
}
