package io.kf5importer.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import java.net.URL;

/**
 * How log lines are written to standard error: {@code text} ({@code logback.xml}: time, level, {@code [run N]},
 * message) or {@code json} ({@code logback-json.xml}: one Elastic Common Schema object per line, through Spring
 * Boot's structured logging, the run id as field {@code run}).
 *
 * <p>The importer ships its own {@code logback.xml}, so Boot's {@code logging.structured.format.console} property has
 * no effect; this option is the switch. It applies at once (logback is reconfigured) and to every Spring context
 * started afterwards, which re-reads the file that {@code logging.config} names.
 */
enum LogFormat {

    TEXT("logback.xml"),
    JSON("logback-json.xml");

    private static final String LOGGING_CONFIG = "logging.config";

    private final String configuration;

    LogFormat(String configuration) {
        this.configuration = configuration;
    }

    void apply() {
        if (this == TEXT && System.getProperty(LOGGING_CONFIG) == null) {
            return;
        }
        if (this == TEXT) {
            System.clearProperty(LOGGING_CONFIG);
        } else {
            System.setProperty(LOGGING_CONFIG, "classpath:" + configuration);
        }
        reconfigure(LogFormat.class.getClassLoader().getResource(configuration));
    }

    private static void reconfigure(URL configuration) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        // Boot's structured log encoder reads its settings from a Spring Environment kept in the logger context.
        context.putObject(Environment.class.getName(), new StandardEnvironment());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("could not configure logging from " + configuration + ": "
                    + e.getMessage(), e);
        }
    }
}
