package dev.connectorconsole.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.guide.GuideProgress;
import dev.connectorconsole.guide.GuideProgressStore;
import dev.connectorconsole.guide.GuideStep;
import dev.connectorconsole.guide.GuideTarget;
import dev.connectorconsole.guide.SetupFacts;
import dev.connectorconsole.guide.SetupFactsReader;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/** The guide's behaviour without a toolkit: facts come from a stand-in reader, progress from a real guide.json. */
class GuideViewModelTest {
    private static final GuideTarget TARGET = new GuideTarget("scc:latest", "myscc", 8443);

    @TempDir
    Path config;

    private SetupFacts measured = SetupFacts.nothingYet();
    private RuntimeException failure;
    private GuideTarget askedFor;

    private GuideViewModel model() {
        return new GuideViewModel(this::read, new GuideProgressStore(config), () -> TARGET,
                BackgroundTasks.sameThread());
    }

    private SetupFactsReader.Reading read(GuideTarget target, GuideProgress progress) {
        askedFor = target;
        if (failure != null) {
            throw failure;
        }
        return new SetupFactsReader.Reading(progress.over(measured), Optional.empty());
    }

    @Test
    void aFirstTimerSeesSevenPendingStepsAndStepOneNext() {
        GuideViewModel model = model();
        model.refresh();

        assertThat(model.steps()).hasSize(8).noneMatch(GuideStep::done);
        assertThat(model.nextStepProperty().get()).isEqualTo(1);
        assertThat(askedFor).isEqualTo(TARGET);
    }

    @Test
    void stepsTurnDoneAsTheMeasuredStateChanges() {
        GuideViewModel model = model();
        model.confirmPrerequisites(true);
        model.refresh();
        assertThat(model.nextStepProperty().get()).isEqualTo(2);

        measured = measured.withImageExists(true);
        model.refresh();
        assertThat(doneNumbers(model)).containsExactly(1, 2, 3);
        assertThat(model.nextStepProperty().get()).isEqualTo(4);

        measured = measured.withContainerReady(true);
        model.refresh();
        assertThat(model.nextStepProperty().get()).isEqualTo(5);

        measured = measured.withInitialPasswordChanged(true).withSubaccountConnected(true);
        model.dashboardVisited();
        model.refresh();
        assertThat(model.nextStepProperty().get()).as("the tunnel carries nothing yet").isEqualTo(7);

        measured = measured.withSystemExposed(true);
        model.refresh();
        assertThat(model.nextStepProperty().get()).isZero();
    }

    @Test
    void whatTheUserToldIsRememberedAcrossRuns() throws Exception {
        GuideViewModel first = model();
        first.refresh();
        first.confirmPrerequisites(true);
        first.dashboardVisited();
        assertThat(Files.readString(config.resolve(GuideProgressStore.FILE_NAME))).contains("prerequisitesConfirmed");

        GuideViewModel second = model();
        second.refresh();
        assertThat(second.prerequisitesConfirmedProperty().get()).isTrue();
        assertThat(second.steps().get(0).done()).isTrue();
    }

    @Test
    void visitingTheDashboardBeforeTheGuideKeepsWhatEarlierRunsRemembered() {
        GuideViewModel first = model();
        first.refresh();
        first.confirmPrerequisites(true);

        GuideViewModel restarted = model();
        restarted.dashboardVisited();

        GuideProgress remembered = new GuideProgressStore(config).load();
        assertThat(remembered.prerequisitesConfirmed()).isTrue();
        assertThat(remembered.dashboardVisited()).isTrue();
        restarted.refresh();
        assertThat(restarted.steps().get(0).done()).isTrue();
    }

    @Test
    void aFolderWithoutSapsFilesSaysWhatIsMissingAndStepTwoStaysPending(@TempDir Path downloads) throws Exception {
        Files.writeString(downloads.resolve("readme.txt"), "not an installer");
        GuideViewModel model = model();
        model.refresh();

        model.checkInstallerFolder(downloads);

        assertThat(model.installerFolderProperty().get()).isEqualTo(downloads.toString());
        assertThat(model.installerProblems()).isNotEmpty();
        assertThat(model.steps().get(1).done()).isFalse();
        assertThat(new GuideProgressStore(config).load().installerFolder()).isEqualTo(downloads.toString());
    }

    @Test
    void aStateThatCannotBeReadIsSaidAndTheStepsStay() {
        GuideViewModel model = model();
        failure = new IllegalStateException("engine gone");

        model.refresh();

        assertThat(model.problemProperty().get()).isEqualTo("The setup state could not be read: engine gone");
        assertThat(model.readingProperty().get()).isFalse();
        assertThat(model.steps()).hasSize(8);
    }

    private static java.util.List<Integer> doneNumbers(GuideViewModel model) {
        return model.steps().stream().filter(GuideStep::done).map(GuideStep::number).toList();
    }
}
