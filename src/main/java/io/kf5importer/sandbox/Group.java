package io.kf5importer.sandbox;

import java.time.LocalDateTime;
import java.util.List;

/** An agent group of the sandbox directory, with the ids of its agents. */
public record Group(long id, String name, List<Long> agentIds, LocalDateTime createdAt) {

    public Group {
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }
}
