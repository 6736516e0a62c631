package dev.connectorconsole.lifecycle;

/**
 * A volume or bind mount of the container.
 *
 * @param target     the path inside the container
 * @param volumeName the named (or anonymous) volume; null for a bind mount
 * @param source     the host path of a bind mount (for a volume, where the engine keeps it)
 * @param readWrite  false when mounted read-only
 */
public record StateMount(String target, String volumeName, String source, boolean readWrite) {
    public boolean isVolume() {
        return volumeName != null && !volumeName.isBlank();
    }

    /** "volume myscc_cfg" or "host folder /srv/scc/config". */
    public String describe() {
        return isVolume() ? "volume " + volumeName : "host folder " + source;
    }

    /** True when this mount holds {@code path} (the path itself or something below it). */
    public boolean covers(String path) {
        return path.equals(target) || path.startsWith(target.endsWith("/") ? target : target + "/");
    }
}
