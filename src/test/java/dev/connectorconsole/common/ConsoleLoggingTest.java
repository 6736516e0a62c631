package dev.connectorconsole.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

/** The command line's logging (the sandbox): this project's messages from INFO, everyone else's from WARN. */
class ConsoleLoggingTest {
    @Test
    void ownInfoAndOthersWarningsGoToTheConsole() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging.configureConsole(context);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("console")).isInstanceOf(ConsoleAppender.class);
        assertThat(root.getAppender("console").isStarted()).isTrue();
        assertThat(context.getLogger("dev.connectorconsole.sandbox.SandboxMain").isInfoEnabled()).isTrue();
        assertThat(context.getLogger("org.apache.hc.client5").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("com.github.dockerjava").isWarnEnabled()).isTrue();
        context.stop();
    }
}
