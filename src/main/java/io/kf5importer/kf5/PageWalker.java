package io.kf5importer.kf5;

import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every item of a paginated apiv2 list ({@code {"tickets": [...], "next_page": "...", "count": N}}).
 *
 * <p>The next page is {@code next_page} when it is a URL on the account's own scheme, host and port; a
 * {@code next_page} pointing anywhere else is not followed (the client would send the credentials there), and the
 * next page is asked for by number instead ({@code page=N+1}). A {@code null} {@code next_page} ends the list. When
 * the answer has no {@code next_page} at all, pages are asked for by number while {@code count} says items remain. An
 * empty page always ends the list; a page identical to the one before means KF5 ignores paging, and stops the run
 * rather than loop.
 */
final class PageWalker {

    private static final Logger log = LoggerFactory.getLogger(PageWalker.class);

    private final AccountUrl account;

    private final RetryingCaller caller;

    private final AnswerReader reader;

    PageWalker(AccountUrl account, RetryingCaller caller, AnswerReader reader) {
        this.account = account;
        this.caller = caller;
        this.reader = reader;
    }

    /** Every item under {@code listKey}, page after page, starting at {@code first}. */
    List<JsonNode> all(HttpUrl first, String listKey) {
        List<JsonNode> items = new ArrayList<>();
        List<JsonNode> previousPage = List.of();
        HttpUrl url = first;
        for (int page = 1; url != null; page++) {
            ApiCall call = ApiCall.get(url);
            ApiAnswer answer = caller.call(call);
            JsonNode root = reader.root(call, answer);
            List<JsonNode> pageItems = itemsOf(call, answer, root, listKey);
            if (pageItems.isEmpty()) {
                break;
            }
            if (pageItems.equals(previousPage)) {
                throw new Kf5FatalException(answer.status(), "KF5 answered page " + page + " of " + call.describe()
                        + " with the same " + listKey + " as page " + (page - 1)
                        + ": it does not seem to honour paging, so the list cannot be read in full", null);
            }
            items.addAll(pageItems);
            previousPage = pageItems;
            url = nextPage(root, url, page, items.size());
        }
        return items;
    }

    private List<JsonNode> itemsOf(ApiCall call, ApiAnswer answer, JsonNode root, String listKey) {
        JsonNode list = root.path(listKey);
        if (!list.isArray()) {
            throw reader.unexpected(call, answer, "a JSON array under \"" + listKey + "\"");
        }
        return List.copyOf(list.values());
    }

    private HttpUrl nextPage(JsonNode root, HttpUrl current, int page, int itemsSoFar) {
        JsonNode next = root.get("next_page");
        if (next == null) {
            JsonNode count = root.path("count");
            boolean more = count.canConvertToLong() && itemsSoFar < count.asLong();
            return more ? pageNumber(current, page + 1) : null;
        }
        if (next.isIntegralNumber()) {
            return pageNumber(current, next.asInt());
        }
        if (!next.isString() || next.asString().isBlank()) {
            return null;
        }
        HttpUrl link = current.resolve(next.asString().strip());
        if (link != null && account.isSameOrigin(link)) {
            return link;
        }
        log.debug("next_page points away from {}; asking for page {} by number instead", account, page + 1);
        return pageNumber(current, page + 1);
    }

    private static HttpUrl pageNumber(HttpUrl current, int page) {
        return current.newBuilder().setQueryParameter("page", Integer.toString(page)).build();
    }
}
