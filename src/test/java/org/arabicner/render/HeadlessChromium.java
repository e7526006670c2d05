package org.arabicner.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, driven headless through Selenium. The
 * binaries are named explicitly, so Selenium never tries to download a browser or a driver.
 */
final class HeadlessChromium {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");

    private HeadlessChromium() {
    }

    /** Why no browser can be started, or empty when one can. */
    static Optional<String> missing() {
        if (onPath(BROWSERS).isEmpty() || onPath(DRIVERS).isEmpty()) {
            return Optional.of("chromium and chromedriver not found on PATH; install them with"
                    + " 'apt-get install chromium chromium-driver' (.ci/run does this in CI)");
        }
        return Optional.empty();
    }

    static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath(BROWSERS).orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--allow-file-access-from-files", "--window-size=" + width + "," + height,
                "--lang=en-US", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath(DRIVERS).orElseThrow().toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> onPath(List<String> names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
