package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real browser (Debian's headless Chromium): a coach signs in, creates a cohort, sees
 * its join code and QR code, sees a simulator client join, sends a prompt, records an observation, awards
 * and withdraws the badge it makes the client ready for, and answers the client's message, which shows as plain text even when it holds HTML.
 */
class DashboardBrowserTest extends CoachTestBase {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1024,768", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // A form post reloads the page: an element found on the old one goes stale while the wait reads it.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aCoachRunsACohortFromTheDashboard() {
        Login coach = newCoach();
        signIn(coach);

        browser.findElement(By.id("cohort-name")).sendKeys("Workshop December");
        browser.findElement(By.id("create-cohort")).click();
        String code = wait.until(b -> b.findElement(By.id("join-code"))).getText();
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}");
        assertThat(browser.findElement(By.id("telegram-link")).getText())
                .isEqualTo("https://t.me/SkillTalkTestBot?start=" + code);
        WebElement qr = browser.findElement(By.cssSelector("img.qr"));
        assertThat(((Number) script("return arguments[0].naturalWidth", qr)).intValue()).as("the QR code loaded")
                .isGreaterThan(100);

        JsonNode cohort = JSON.createObjectNode().put("joinCode", code);
        String sam = onboardedClient(cohort);
        browser.navigate().refresh();
        WebElement row = wait.until(b -> b.findElement(By.cssSelector("#client-table tbody tr")));
        assertThat(row.getText()).contains("Sam").contains("English").contains("Answering");

        browser.findElement(By.id("prompt-text")).sendKeys("What did you learn today?");
        browser.findElement(By.id("send-prompt")).click();
        expectNotice("coach.prompt.sent");
        await("the prompt reached the client", () -> received(sam).contains("What did you learn today?"));
        await("the cohort page shows the prompt sent", () -> {
            browser.navigate().refresh();
            return browser.findElement(By.cssSelector("#prompt-table tbody tr")).getText()
                    .contains("1 of 1 reached, 0 left out, 0 failed " + text("coach.prompt.status.SENT"));
        });

        browser.findElement(By.linkText("Sam")).click();
        new Select(wait.until(b -> b.findElement(By.id("competence")))).selectByValue("entrecomp.3.1");
        browser.findElement(By.cssSelector("label[for=level-4]")).click();
        browser.findElement(By.id("note")).sendKeys("Led the group task");
        browser.findElement(By.id("save-observation")).click();
        assertThat(wait.until(b -> b.findElement(By.cssSelector(".observations li"))).getText())
                .contains(text("competence.entrecomp.3.1.name")).contains("level 4").contains("Led the group task");

        // Observed at level 4: ready for the badge for taking the first step, awarded with one click.
        browser.findElement(By.id("award-taking-the-first-step")).click();
        expectNotice("coach.badges.saved");
        WebElement badge = browser.findElement(By.cssSelector(".badges-held li"));
        assertThat(badge.getText()).contains(text("badge.taking-the-first-step.name")).contains(coach.username());
        String link = badge.findElement(By.tagName("a")).getAttribute("href");
        assertThat(received(sam)).contains("You earned the badge \"Taking the first step\"! See it here: " + link);
        badge.findElement(By.name("reason")).sendKeys("Given by mistake");
        badge.findElement(By.cssSelector("button")).click();
        expectNotice("coach.badges.revoked");
        assertThat(browser.findElement(By.cssSelector(".badges-held li")).getText()).contains("Given by mistake");

        say(sam, "coach");
        say(sam, "Help <script>window.hacked = true</script><b>me</b>");
        browser.get(base() + "/coach/inbox");
        assertThat(browser.findElement(By.id("nav-inbox")).getText()).contains("1");
        browser.findElement(By.linkText("Sam")).click();
        WebElement chat = wait.until(b -> b.findElement(By.id("chat")));
        assertThat(chat.getText()).contains("Help <script>window.hacked = true</script><b>me</b>");
        assertThat(chat.findElements(By.tagName("b"))).isEmpty();
        assertThat(script("return window.hacked === undefined")).isEqualTo(true);

        browser.findElement(By.id("reply")).sendKeys("I will call you at three.");
        browser.findElement(By.id("send-reply")).click();
        wait.until(b -> b.findElement(By.id("chat")).getText().contains("I will call you at three."));
        assertThat(received(sam)).contains("Your coach Coach " + coach.username() + ": I will call you at three.");
        browser.findElement(By.id("close-chat")).click();
        wait.until(b -> b.getCurrentUrl().endsWith("/coach/inbox"));
        List<String> got = received(sam);
        assertThat(got.get(got.size() - 2)).isEqualTo("Your coach closed the chat. Let's go on.");
    }

    @Test
    void theDashboardSpeaksTheChosenLanguageAndStartsWithASkipLink() {
        browser.get(base() + "/coach/login?lang=nl");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aanmelden");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomProperty("textContent")).isEqualTo("Naar de inhoud");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        browser.get(base() + "/coach/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is kept").isEqualTo("Aanmelden");
    }

    private void signIn(Login coach) {
        browser.get(base() + "/coach");
        wait.until(b -> b.findElement(By.id("username"))).sendKeys(coach.username());
        browser.findElement(By.id("password")).sendKeys(coach.password());
        browser.findElement(By.id("sign-in")).click();
        wait.until(b -> b.findElement(By.id("cohort-name")));
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    /**
     * Waits until the page's notice says the text under {@code key}: right after a click the page before it,
     * with a notice of its own, may still be shown (and its elements go stale as the new page comes).
     */
    private void expectNotice(String key) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.notice"), text(key)));
    }
}
