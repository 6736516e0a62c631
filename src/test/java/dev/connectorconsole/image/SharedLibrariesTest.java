package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SharedLibrariesTest {
    @Test
    void readsResolvedAndDirectPathsAndSkipsTheRest() {
        String ldd = """
                \tlinux-vdso.so.1 (0x00007ffc2d1f4000)
                \tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f0b2c6a0000)
                \tlibjli.so => /opt/rt/bin/../lib/libjli.so (0x00007f0b2c68f000)
                \tlibjvm.so => not found
                \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0b2c4ae000)
                \t/lib64/ld-linux-x86-64.so.2 (0x00007f0b2c6c7000)
                """;

        assertThat(SharedLibraries.parse(ldd)).containsExactly(
                Path.of("/lib/x86_64-linux-gnu/libz.so.1"), Path.of("/opt/rt/bin/../lib/libjli.so"),
                Path.of("/lib/x86_64-linux-gnu/libc.so.6"), Path.of("/lib64/ld-linux-x86-64.so.2"));
    }
}
