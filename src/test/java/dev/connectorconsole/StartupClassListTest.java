package dev.connectorconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The class list README's start command is archived from (packaging/startup-classes.classlist, see
 * packaging/record-class-list.sh) names the app's start-up classes as they are: a class renamed or removed since it
 * was recorded starts from the jar again, slower, without anyone noticing. A few stale names (an anonymous class
 * renumbered by a refactor) cost next to nothing; more than {@value #STALE_PERCENT_ALLOWED} % of them means the list
 * must be recorded again.
 */
class StartupClassListTest {
    private static final Path LIST = Path.of("packaging/startup-classes.classlist");
    private static final Path CLASSES = Path.of("target/classes");
    private static final int STALE_PERCENT_ALLOWED = 2;

    @Test
    void everyAppClassTheListNamesStillExists() throws IOException {
        List<String> appClasses = appClasses();
        assertThat(appClasses).as("the app's classes in " + LIST).hasSizeGreaterThan(100);
        List<String> gone = appClasses.stream()
                .filter(name -> !Files.exists(CLASSES.resolve(name + ".class")))
                .toList();
        assertThat(gone.size() * 100)
                .as("classes in " + LIST + " that no longer exist, of " + appClasses.size() + ": " + gone
                        + "; record it again with packaging/record-class-list.sh")
                .isLessThanOrEqualTo(appClasses.size() * STALE_PERCENT_ALLOWED);
    }

    @Test
    void theListIsOfAWholeStartToTheDashboard() throws IOException {
        assertThat(appClasses()).contains("dev/connectorconsole/Launcher", "dev/connectorconsole/ui/MainWindow",
                "dev/connectorconsole/ui/welcome/WelcomeScreen", "dev/connectorconsole/ui/dashboard/DashboardScreen");
    }

    private static List<String> appClasses() throws IOException {
        return Files.readAllLines(LIST).stream()
                .filter(line -> line.startsWith("dev/connectorconsole/"))
                .map(line -> line.split(" ", 2)[0])
                .toList();
    }
}
