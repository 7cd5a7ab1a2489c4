package io.kf5importer.sandbox;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The apiv2 JSON of the sandbox's objects, with KF5's member names. Only members the sandbox can fill are written;
 * unset ones are {@code null}.
 */
final class ApiViews {

    private final JsonMapper mapper;
    private final String baseUrl;

    ApiViews(JsonMapper mapper, String baseUrl) {
        this.mapper = mapper;
        this.baseUrl = baseUrl;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    String ticketUrl(long id) {
        return baseUrl + "/apiv2/tickets/" + id + ".json";
    }

    String attachmentUrl(long id) {
        return baseUrl + "/apiv2/attachments/" + id + ".json";
    }

    ObjectNode ticket(Ticket ticket) {
        ObjectNode json = object()
                .put("id", ticket.id())
                .put("url", ticketUrl(ticket.id()))
                .put("title", ticket.title())
                .put("description", ticket.description())
                .put("type", ticket.type())
                .put("status", ticket.status())
                .put("priority", ticket.priority())
                .put("requester_id", ticket.requesterId())
                .put("assignee_id", ticket.assigneeId())
                .put("group_id", ticket.groupId())
                .put("problem_id", ticket.problemId())
                .put("due_date", ApiTimestamps.format(ticket.dueDate()))
                .put("created_at", ApiTimestamps.format(ticket.createdAt()))
                .put("updated_at", ApiTimestamps.format(ticket.updatedAt()))
                .put("source", "api");
        ticket.collaboratorIds().forEach(json.putArray("collaborator_ids")::add);
        ticket.tags().forEach(json.putArray("tags")::add);
        ArrayNode customFields = json.putArray("custom_fields");
        ticket.customFields().forEach(field -> customFields.addObject()
                .put("name", field.name())
                .set("value", field.value()));
        return json;
    }

    ObjectNode comment(TicketComment comment, User author, List<Attachment> attachments) {
        ObjectNode json = object()
                .put("id", comment.id())
                .put("content", comment.content())
                .put("html_content", comment.htmlContent())
                .put("public", comment.publicComment())
                .put("author_id", comment.authorId())
                .put("author_name", author == null ? null : author.name())
                .put("created_at", ApiTimestamps.format(comment.createdAt()));
        ArrayNode attachmentsJson = json.putArray("attachments");
        attachments.forEach(attachment -> attachmentsJson.add(attachment(attachment)));
        return json;
    }

    ObjectNode attachment(Attachment attachment) {
        return object()
                .put("id", attachment.id())
                .put("url", attachmentUrl(attachment.id()))
                .put("name", attachment.name())
                .put("size", attachment.size())
                .put("content_type", attachment.contentType())
                // the sandbox keeps no file content, so there is nothing to download
                .putNull("content_url")
                .put("token", attachment.token());
    }

    ObjectNode user(User user, List<Group> groups) {
        ObjectNode json = object()
                .put("id", user.id())
                .put("url", baseUrl + "/apiv2/users/" + user.id() + ".json")
                .put("email", user.email())
                .put("name", user.name())
                .put("phone", user.phone())
                .put("landline", user.landline())
                .put("role", user.role())
                .put("status", "active")
                .put("created_at", ApiTimestamps.format(user.createdAt()));
        if (user.isAgent()) {
            ArrayNode groupsInfo = json.putArray("groups_info");
            groups.forEach(group -> groupsInfo.addObject().put("id", group.id()).put("name", group.name()));
        }
        return json;
    }

    ObjectNode group(Group group, List<User> agents) {
        ObjectNode json = object()
                .put("id", group.id())
                .put("url", baseUrl + "/apiv2/groups/" + group.id() + ".json")
                .put("name", group.name())
                .put("created_at", ApiTimestamps.format(group.createdAt()));
        ArrayNode agentsJson = json.putArray("agents");
        agents.forEach(agent -> agentsJson.addObject()
                .put("id", agent.id())
                .put("url", baseUrl + "/apiv2/users/" + agent.id() + ".json")
                .put("username", agent.email())
                .put("name", agent.name()));
        return json;
    }

    ObjectNode ticketField(TicketField field) {
        ObjectNode json = object()
                .put("id", field.id())
                .put("url", baseUrl + "/apiv2/ticket_fields/" + field.id() + ".json")
                .put("name", field.apiName())
                .put("type", field.type())
                .put("agent_title", field.agentTitle())
                .put("agent_required", false)
                .put("enduser_visible", false)
                .put("enduser_title", field.agentTitle())
                .put("enduser_editable", false)
                .put("enduser_description", "")
                .put("enduser_required", false)
                .put("active", field.active())
                .putNull("regexp_for_validation");
        ArrayNode options = json.putArray("custom_field_options");
        field.customFieldOptions().forEach(option -> options.addObject()
                .put("key", option.key())
                .put("value", option.value()));
        return json;
    }
}
