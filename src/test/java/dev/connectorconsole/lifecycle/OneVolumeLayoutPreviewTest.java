package dev.connectorconsole.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.engine.StateVolumes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The previews and the layout decision for a container with one volume at the install folder. */
class OneVolumeLayoutPreviewTest {
    private static final List<String> PER_FOLDER_IMAGE = List.of("/opt/sap/scc/config", "/opt/sap/scc/config_master",
            "/opt/sap/scc/scc_config", "/opt/sap/scc/log");
    private static final List<String> ONE_VOLUME_IMAGE = List.of("/opt/sap/scc");

    private static ContainerLayout oneVolume() {
        return new ContainerLayout("scc", true, List.of(new StateMount("/opt/sap/scc", "scc_scc", "/var/lib/x", true)),
                false);
    }

    private static ContainerLayout perFolder() {
        List<StateMount> mounts = StateVolumes.perFolder("scc").entrySet().stream()
                .map(v -> new StateMount(v.getValue(), v.getKey(), "/var/lib/x", true)).toList();
        return new ContainerLayout("scc", true, mounts, true);
    }

    @Test
    void theOneVolumeHoldsEveryStateItemPropsIniToo() {
        StatePreview recreate = StatePreview.of(oneVolume(), StatePreview.Action.RECREATE);
        assertThat(recreate.lost()).isEmpty();
        assertThat(recreate.items()).extracting(ItemFate::detail)
                .containsOnly("Kept: the new container mounts the same volume scc_scc.");

        StatePreview wipe = StatePreview.of(oneVolume(), StatePreview.Action.REMOVE_WITH_VOLUMES);
        assertThat(wipe.lost()).hasSize(StateItem.ALL.size());
        assertThat(wipe.losesConfiguration()).isTrue();
    }

    @Test
    void aPerFolderContainerOntoAOneVolumeImageMovesEverythingIntoTheNewVolumeAndSaysTheOldOnesStay() {
        LayoutChange change = LayoutChange.between(perFolder(), ONE_VOLUME_IMAGE).orElseThrow();

        assertThat(change.volume()).isEqualTo("scc_scc");
        assertThat(change.copied()).containsExactlyInAnyOrderElementsOf(StateItem.ALL);
        StatePreview preview = StatePreview.of(perFolder(), StatePreview.Action.RECREATE, change);
        assertThat(preview.lost()).isEmpty();
        assertThat(preview.items()).extracting(ItemFate::detail).contains(
                "Kept: copied into the new volume scc_scc; the old volume scc_config stays, untouched.",
                "Kept: copied into the new volume scc_scc.");
    }

    @Test
    void theSameLayoutOnBothSidesChangesNothing() {
        assertThat(LayoutChange.between(perFolder(), PER_FOLDER_IMAGE)).isEmpty();
        assertThat(LayoutChange.between(oneVolume(), ONE_VOLUME_IMAGE)).isEmpty();
    }

    @Test
    void aOneVolumeContainerIsNotPutOntoAnImageThatDeclaresTheFoldersAsVolumesOfTheirOwn() {
        assertThatThrownBy(() -> LayoutChange.between(oneVolume(), PER_FOLDER_IMAGE))
                .isInstanceOf(ReplacementException.class)
                .hasMessageContaining("new, empty volumes").hasMessageContaining("Nothing was changed");
    }
}
