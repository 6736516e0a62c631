package dev.connectorconsole.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the app remembers between runs. No secrets: see {@link SecretStore}. Missing values (older files) take
 * their defaults; {@link #problems()} lists values out of range.
 *
 * @param window     null until the window was first closed
 * @param adminReach who may reach the admin port of a container the app creates; this computer only when missing
 * @param backupsKept how many backups per connector the local backup store keeps (the newest); older ones are deleted
 * @param engine     the default engine: automatic like the docker CLI, or one address
 * @param engines    engines besides the default one, which profiles name
 * @param notifications which notifications are shown while the app runs; all when missing
 */
public record AppSettings(EngineSettings engine, List<ConnectorProfile> profiles, Theme theme, Integer logBufferLines,
                          Integer refreshSeconds, WindowBounds window, Boolean firstRunDone, AdminReach adminReach,
                          Integer backupsKept, String selectedProfile, List<NamedEngine> engines,
                          NotificationChoices notifications) {
    public static final int DEFAULT_BACKUPS_KEPT = 10;
    public static final int MIN_BACKUPS_KEPT = 1;
    public static final int MAX_BACKUPS_KEPT = 100;
    public static final int DEFAULT_LOG_BUFFER_LINES = 100_000;
    public static final int MIN_LOG_BUFFER_LINES = 1_000;
    public static final int MAX_LOG_BUFFER_LINES = 2_000_000;
    public static final int DEFAULT_REFRESH_SECONDS = 10;
    public static final int MIN_REFRESH_SECONDS = 1;
    public static final int MAX_REFRESH_SECONDS = 3_600;

    public AppSettings {
        engine = engine == null ? EngineSettings.automatic() : engine;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        theme = theme == null ? Theme.LIGHT : theme;
        logBufferLines = logBufferLines == null ? DEFAULT_LOG_BUFFER_LINES : logBufferLines;
        refreshSeconds = refreshSeconds == null ? DEFAULT_REFRESH_SECONDS : refreshSeconds;
        firstRunDone = firstRunDone != null && firstRunDone;
        adminReach = adminReach == null ? AdminReach.thisComputerOnly() : adminReach;
        backupsKept = backupsKept == null ? DEFAULT_BACKUPS_KEPT : backupsKept;
        engines = engines == null ? List.of() : List.copyOf(engines);
        notifications = notifications == null ? NotificationChoices.allOn() : notifications;
    }

    public AppSettings(EngineSettings engine, List<ConnectorProfile> profiles, Theme theme, Integer logBufferLines,
                       Integer refreshSeconds, WindowBounds window, Boolean firstRunDone, AdminReach adminReach,
                       Integer backupsKept, String selectedProfile) {
        this(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach, backupsKept,
                selectedProfile, null, null);
    }

    /** Where {@code profile}'s container runs: its named engine, else (null profile too) the default engine. */
    public EngineSettings engineOf(ConnectorProfile profile) {
        if (profile == null || profile.engine() == null) {
            return engine;
        }
        return engines.stream().filter(e -> e.name().equals(profile.engine())).map(NamedEngine::engine).findFirst()
                .orElse(engine);
    }

    public AppSettings(EngineSettings engine, List<ConnectorProfile> profiles, Theme theme, Integer logBufferLines,
                       Integer refreshSeconds, WindowBounds window, Boolean firstRunDone, AdminReach adminReach) {
        this(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach, null, null);
    }

    public static AppSettings defaults() {
        return new AppSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Sentences naming each invalid value; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(engine.problems());
        problems.addAll(adminReach.problems());
        if (logBufferLines < MIN_LOG_BUFFER_LINES || logBufferLines > MAX_LOG_BUFFER_LINES) {
            problems.add("Log buffer of " + logBufferLines + " lines is outside " + MIN_LOG_BUFFER_LINES + "–"
                    + MAX_LOG_BUFFER_LINES + " lines");
        }
        if (refreshSeconds < MIN_REFRESH_SECONDS || refreshSeconds > MAX_REFRESH_SECONDS) {
            problems.add("Refresh interval of " + refreshSeconds + " s is outside " + MIN_REFRESH_SECONDS + "–"
                    + MAX_REFRESH_SECONDS + " s");
        }
        if (backupsKept < MIN_BACKUPS_KEPT || backupsKept > MAX_BACKUPS_KEPT) {
            problems.add("Keeping " + backupsKept + " backups is outside " + MIN_BACKUPS_KEPT + "–" + MAX_BACKUPS_KEPT);
        }
        Set<String> names = new HashSet<>();
        for (ConnectorProfile profile : profiles) {
            problems.addAll(profile.problems());
            if (profile.name() != null && !names.add(profile.name())) {
                problems.add("Two connector profiles are named '" + profile.name() + "'");
            }
            if (profile.engine() != null && engineNamed(profile.engine()) == null) {
                problems.add("Profile '" + profile.name() + "' runs on engine '" + profile.engine()
                        + "', which is not in the list of engines");
            }
        }
        Set<String> engineNames = new HashSet<>();
        for (NamedEngine named : engines) {
            problems.addAll(named.problems());
            if (named.name() != null && !engineNames.add(named.name())) {
                problems.add("Two engines are named '" + named.name() + "'");
            }
        }
        return problems;
    }

    /**
     * A copy where every invalid value is replaced by its default (invalid profiles are dropped, invalid window
     * bounds forgotten); what was replaced is appended to {@code replaced} as sentences.
     */
    public AppSettings repaired(List<String> replaced) {
        EngineSettings fixedEngine = engine;
        if (!engine.problems().isEmpty()) {
            replaced.add(String.join("; ", engine.problems()) + ": using automatic engine detection");
            fixedEngine = EngineSettings.automatic();
        }
        int fixedBuffer = logBufferLines;
        if (fixedBuffer < MIN_LOG_BUFFER_LINES || fixedBuffer > MAX_LOG_BUFFER_LINES) {
            replaced.add("Log buffer of " + fixedBuffer + " lines was out of range: using " + DEFAULT_LOG_BUFFER_LINES);
            fixedBuffer = DEFAULT_LOG_BUFFER_LINES;
        }
        int fixedRefresh = refreshSeconds;
        if (fixedRefresh < MIN_REFRESH_SECONDS || fixedRefresh > MAX_REFRESH_SECONDS) {
            replaced.add("Refresh interval of " + fixedRefresh + " s was out of range: using " + DEFAULT_REFRESH_SECONDS
                    + " s");
            fixedRefresh = DEFAULT_REFRESH_SECONDS;
        }
        List<NamedEngine> keptEngines = new ArrayList<>();
        Set<String> engineNames = new HashSet<>();
        for (NamedEngine named : engines) {
            if (!named.problems().isEmpty()) {
                replaced.add(String.join("; ", named.problems()) + ": engine left out");
            } else if (!engineNames.add(named.name())) {
                replaced.add("Second engine named '" + named.name() + "' left out");
            } else {
                keptEngines.add(named);
            }
        }
        List<ConnectorProfile> kept = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConnectorProfile original : profiles) {
            ConnectorProfile profile = original;
            if (profile.engine() != null && !engineNames.contains(profile.engine())) {
                replaced.add("Profile '" + profile.name() + "' named engine '" + profile.engine()
                        + "', which is not in the list: it uses the default engine");
                profile = profile.withEngine(null);
            }
            List<String> profileProblems = profile.problems();
            if (!profileProblems.isEmpty()) {
                replaced.add(String.join("; ", profileProblems) + ": profile left out");
            } else if (!names.add(profile.name())) {
                replaced.add("Second profile named '" + profile.name() + "' left out");
            } else {
                kept.add(profile);
            }
        }
        WindowBounds fixedWindow = window == null || window.plausible() ? window : null;
        AdminReach fixedReach = adminReach;
        if (!adminReach.problems().isEmpty()) {
            replaced.add(String.join("; ", adminReach.problems()) + ": the admin port is published for this computer only");
            fixedReach = AdminReach.thisComputerOnly();
        }
        int fixedKept = backupsKept;
        if (fixedKept < MIN_BACKUPS_KEPT || fixedKept > MAX_BACKUPS_KEPT) {
            replaced.add("Keeping " + fixedKept + " backups was out of range: keeping " + DEFAULT_BACKUPS_KEPT);
            fixedKept = DEFAULT_BACKUPS_KEPT;
        }
        return new AppSettings(fixedEngine, kept, theme, fixedBuffer, fixedRefresh, fixedWindow, firstRunDone,
                fixedReach, fixedKept, kept.stream().anyMatch(p -> p.name().equals(selectedProfile))
                        ? selectedProfile : null, keptEngines, notifications);
    }

    public AppSettings withProfiles(List<ConnectorProfile> newProfiles) {
        return new AppSettings(engine, newProfiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withEngine(EngineSettings newEngine) {
        return new AppSettings(newEngine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(engine, profiles, newTheme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withLogBufferLines(int lines) {
        return new AppSettings(engine, profiles, theme, lines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withRefreshSeconds(int seconds) {
        return new AppSettings(engine, profiles, theme, logBufferLines, seconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withWindow(WindowBounds bounds) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, bounds, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withFirstRunDone(boolean done) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, window, done, adminReach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withAdminReach(AdminReach reach) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, reach,
                backupsKept, selectedProfile, engines, notifications);
    }

    public AppSettings withBackupsKept(int kept) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                kept, selectedProfile, engines, notifications);
    }

    /** The connector the window shows; it opens on it next time (null: the first with a container). */
    public AppSettings withSelectedProfile(String name) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, name, engines, notifications);
    }

    public AppSettings withEngines(List<NamedEngine> newEngines) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, newEngines, notifications);
    }

    /** The engine of that name, or null. */
    public NamedEngine engineNamed(String name) {
        return engines.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    public AppSettings withNotifications(NotificationChoices choices) {
        return new AppSettings(engine, profiles, theme, logBufferLines, refreshSeconds, window, firstRunDone, adminReach,
                backupsKept, selectedProfile, engines, choices);
    }
}
