package dev.connectorconsole.guide;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SetupGuideTest {
    @Test
    void aFirstTimerStartsAtTheBtpPrerequisites() {
        List<GuideStep> steps = SetupGuide.steps(SetupFacts.nothingYet());

        assertThat(steps).hasSize(8).noneMatch(GuideStep::done);
        assertThat(SetupGuide.next(SetupFacts.nothingYet())).get().extracting(GuideStep::number).isEqualTo(1);
    }

    @Test
    void stepsTurnDoneAsTheRealStateAdvances() {
        SetupFacts facts = SetupFacts.nothingYet().withPrerequisitesConfirmed(true).withImageExists(true);

        assertThat(SetupGuide.steps(facts)).extracting(GuideStep::done)
                .containsExactly(true, true, true, false, false, false, false, false);
        assertThat(SetupGuide.next(facts)).get().extracting(GuideStep::title).isEqualTo("Run the container");

        facts = facts.withContainerReady(true).withInitialPasswordChanged(true);
        assertThat(SetupGuide.next(facts)).get().extracting(GuideStep::title).isEqualTo("Add the subaccount");
    }

    @Test
    void aConnectedSubaccountProvesTheEarlierSteps() {
        SetupFacts facts = SetupFacts.nothingYet().withSubaccountConnected(true);

        assertThat(SetupGuide.steps(facts)).extracting(GuideStep::done)
                .containsExactly(true, true, true, true, true, true, false, false);
        assertThat(SetupGuide.next(facts.withDashboardVisited(true))).get().extracting(GuideStep::title)
                .as("a connected tunnel that carries nothing yet").isEqualTo("Expose a system");
        assertThat(SetupGuide.next(facts.withDashboardVisited(true).withSystemExposed(true))).isEmpty();
    }

    @Test
    void theSubaccountStepNamesTheAlibabaCloudRegionAndThePasscodeRule() {
        GuideStep add = SetupGuide.steps(SetupFacts.nothingYet()).get(5);

        assertThat(add.details()).contains("cf.cn40.platform.sapcloud.cn").contains("append the current passcode");
    }

    @Test
    void onTheSandboxPathNeitherSapFilesNorBtpAreTakenAsDone() {
        SetupFacts sandbox = SetupFacts.nothingYet().withSandbox(true).withImageExists(true).withContainerReady(true)
                .withInitialPasswordChanged(true).withSubaccountConnected(true);

        assertThat(SetupGuide.steps(sandbox)).extracting(GuideStep::done)
                .containsExactly(false, false, true, true, true, true, false, false);
        assertThat(SetupGuide.next(sandbox)).get().extracting(GuideStep::title).isEqualTo("Prepare SAP BTP");
        assertThat(SetupGuide.steps(sandbox.withPrerequisitesConfirmed(true).withInstallerFilesReady(true)))
                .extracting(GuideStep::done).startsWith(true, true);
    }
}
