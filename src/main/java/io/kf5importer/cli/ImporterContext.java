package io.kf5importer.cli;

import io.kf5importer.ImporterApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/** Starts the Spring application for a command that needs the ledger. */
final class ImporterContext {

    private ImporterContext() {
    }

    /**
     * Starts the database (embedded or given), migrates it, and wires the given extra configuration.
     *
     * @param singletons objects to register as beans before anything else is created (the import request)
     */
    static ConfigurableApplicationContext start(DatabaseOptions database, Class<?>[] configurations,
            Object... singletons) {
        Map<String, Object> properties = database.toProperties();
        return new SpringApplicationBuilder(ImporterApplication.class)
                .sources(configurations)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(properties)
                .initializers(context -> {
                    for (Object singleton : singletons) {
                        context.getBeanFactory().registerSingleton(
                                singleton.getClass().getSimpleName(), singleton);
                    }
                })
                .run();
    }
}
