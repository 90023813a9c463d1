package digestbot.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The archive in a real browser: Debian's headless Chromium, driven through its chromedriver,
 * at a phone's 375 pixels. Nothing is fetched: the driver and the browser are the installed ones,
 * named by path, so Selenium Manager is never asked. Without them the tests are skipped. A
 * screenshot of each page is kept under {@code target/screenshots/}.
 */
class ArchiveInBrowserTests extends WebArchiveTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final int PHONE_WIDTH = 375;

	private static final int PHONE_HEIGHT = 740;

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static ChromeDriverService service;

	private static ChromeDriver browser;

	private static Path profile;

	@BeforeAll
	static void startTheBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
		profile = Files.createTempDirectory("digestbot-chromium");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
			.build();
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile,
				"--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT, "--lang=nl-NL");
		// A Dutch reader: the browser asks for Dutch (Accept-Language), whatever the machine speaks.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		// A phone's viewport, whatever size the headless window got.
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height",
				PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stopTheBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aReaderOpensTheArchiveFollowsAnIssueAndAnItemOnAPhone() throws IOException {
		browser.get(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Het nieuws van de digest");
		assertFitsThePhone("home");

		browser.findElement(By.linkText("Editie van 3 februari 2025")).click();
		arrivesAt("/issues/2025-02-03");
		assertThat(browser.findElement(By.id("item-1")).getText()).contains("<script>alert('gehackt')</script>");
		assertThat(script("return window.gehackt === undefined && document.scripts.length === 0")).isEqualTo(true);
		assertFitsThePhone("issue");

		browser.findElement(By.id("item-2")).findElement(By.linkText("Link naar dit bericht")).click();
		arrivesAt("/issues/2025-02-03#item-2");
		assertInView(browser.findElement(By.id("item-2")));
		assertFitsThePhone("item");
	}

	@Test
	void aShortLinkOpensItsItemInItsIssue() throws IOException {
		browser.get(url("/i/2025-02-03/3"));

		arrivesAt("/issues/2025-02-03#item-3");
		assertThat(script("return document.querySelector(':target').id")).isEqualTo("item-3");
		assertInView(browser.findElement(By.id("item-3")));
		assertFitsThePhone("short-link");
	}

	@Test
	void aTopicSearchAndAMissingPageFitThePhoneToo() throws IOException {
		browser.get(url("/topics/robots"));
		assertThat(browser.findElements(By.cssSelector("article.item"))).hasSize(TopicController.PAGE_SIZE);
		assertFitsThePhone("topic");

		browser.findElement(By.id("q")).sendKeys("chipmakers taiwan");
		browser.findElement(By.cssSelector("form.search button")).click();
		arrivesAt("/search?q=chipmakers+taiwan");
		assertThat(browser.findElements(By.cssSelector("article.item"))).hasSize(1);
		assertFitsThePhone("search");

		browser.get(url("/issues/1999-01-01"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
		assertFitsThePhone("not-found");
	}

	/** Waits for the browser to have followed a link or sent a form to that address, and loaded it. */
	private void arrivesAt(String path) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> browser.getCurrentUrl().equals(url(path))
					&& "complete".equals(script("return document.readyState")));
	}

	/** Nothing scrolls sideways at the phone's width; keeps a screenshot of the page as it is now. */
	private void assertFitsThePhone(String name) throws IOException {
		assertThat(script("return window.innerWidth")).isEqualTo((long) PHONE_WIDTH);
		long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
		long clientWidth = (Long) script("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("%s scrolls sideways", name).isLessThanOrEqualTo(clientWidth);
		File shot = browser.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The element starts within the screen: the browser scrolled to it (as far as the page goes). */
	private static void assertInView(WebElement element) {
		Number top = (Number) script("return arguments[0].getBoundingClientRect().top", element);
		assertThat(top.doubleValue()).isBetween(0.0, PHONE_HEIGHT - 40.0);
		assertThat(script("return window.scrollY > 0")).isEqualTo(true);
	}

	private static Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(code, arguments);
	}

}
