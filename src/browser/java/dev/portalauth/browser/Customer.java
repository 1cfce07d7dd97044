package dev.portalauth.browser;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.portalauth.it.PortalDeployment;

/**
 * What a customer does in the demo portal, through a real browser: opens a link, follows links by
 * their text, fills and sends forms with the buttons a person sees, and reads the page. Every step
 * that leaves the page waits until the next page has replaced it, so assertions read the page the
 * customer would be looking at.
 */
public final class Customer {

    private static final Duration NEXT_PAGE = Duration.ofSeconds(30);

    private final WebDriver browser;

    public Customer(WebDriver browser) {
        this.browser = browser;
    }

    /** Types a link into the address bar: a path on the portal. */
    public Customer opens(String path) {
        browser.get(PortalDeployment.BASE + path);
        return this;
    }

    /** Types into the field labelled by its {@code name}. */
    public Customer types(String field, String value) {
        WebElement input = browser.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Picks an option of a drop-down. */
    public Customer chooses(String field, String option) {
        select(field).selectByVisibleText(option);
        return this;
    }

    /** Picks an option of a drop-down whose script sends its form at once. */
    public Customer choosesAndIsTakenOn(String field, String option) {
        return leavesThePageBy(() -> chooses(field, option));
    }

    /** The option a drop-down shows. */
    public String chosen(String field) {
        return select(field).getFirstSelectedOption().getText();
    }

    public Customer presses(String buttonText) {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
        return leavesThePageBy(button::click);
    }

    public Customer follows(String linkText) {
        WebElement link = browser.findElement(By.linkText(linkText));
        return leavesThePageBy(link::click);
    }

    private Customer leavesThePageBy(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, NEXT_PAGE).until(gone(page));
        return this;
    }

    /**
     * The page is gone once its root element is stale. Asked in the middle of the navigation, a
     * loaded Chromium may answer with an inspector error ("Node with given id does not belong to
     * the document") instead: then it asks again.
     */
    private static ExpectedCondition<Boolean> gone(WebElement page) {
        return driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        };
    }

    private Select select(String field) {
        return new Select(browser.findElement(By.name(field)));
    }

    /** The page's main heading. */
    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The text a person reads on the page. */
    public String reads() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Waits until the element with this id reads other than {@code before} (a page's script changed it), and returns it. */
    public String waitsForChangeOf(String id, String before) {
        new WebDriverWait(browser, NEXT_PAGE).until(ExpectedConditions.not(
                ExpectedConditions.textToBe(By.id(id), before)));
        return browser.findElement(By.id(id)).getText();
    }

    /**
     * Runs code in the page as its own scripts would (same origin, the browser's cookies), e.g.
     * with the module's {@code client.js}; the script calls {@code arguments[arguments.length - 1]}
     * with its result.
     */
    public Object runsInThePage(String asyncScript) {
        return ((JavascriptExecutor) browser).executeAsyncScript(asyncScript);
    }

    /** The path and query in the address bar. */
    public String address() {
        URI uri = URI.create(browser.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Names of the cookies the browser holds for the portal (HttpOnly ones included). */
    public Set<String> cookieNames() {
        Set<String> names = new TreeSet<>();
        browser.manage().getCookies().forEach(c -> names.add(c.getName()));
        return names;
    }

    public Optional<Cookie> cookie(String name) {
        return Optional.ofNullable(browser.manage().getCookieNamed(name));
    }

    /**
     * What a script on the current page gets from {@code fetch(path, {method: 'POST'})} with this
     * body: the status, a space, then the response's text. The customer stays on the page.
     */
    public String postsWithFetch(String path, String contentType, String body) {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': arguments[1]},"
                        + " body: arguments[2]})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                        + ".catch(e => done('failed ' + e));",
                path, contentType, body);
        return String.valueOf(answer);
    }
}
