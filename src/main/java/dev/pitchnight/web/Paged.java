package dev.pitchnight.web;

import io.quarkus.qute.TemplateExtension;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list: its items, how many there are in all, and which page of what size
 * this is (pages count from 1). Lists on pages and under {@code /api} share it; the API answers
 * carry {@code X-Total-Count} and RFC 8288 {@code Link} headers ({@link #headers}).
 */
public record Paged<T>(List<T> items, long total, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The page and size asked for, checked: page from 1, size 1 to 100 (20 when not given); else 400. */
    public static int[] checked(String page, String size) {
        int p = number("page", page, 1);
        int s = number("size", size, DEFAULT_SIZE);
        if (p < 1) {
            throw Refusal.invalid("page", m -> m.at_least(1));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Refusal.invalid("size", m -> m.between(1, MAX_SIZE));
        }
        return new int[] {p, s};
    }

    private static int number(String field, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, m -> m.whole_number());
        }
    }

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrev() {
        return page > 1;
    }

    public int next() {
        return page + 1;
    }

    public int prev() {
        return page - 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), total, page, size);
    }

    /** A 200 with the items as the body, the total and the links to the neighbouring pages (same query otherwise). */
    public Response.ResponseBuilder headers(UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(items).header("X-Total-Count", total);
        List<String> links = new ArrayList<>();
        if (hasNext()) {
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", next()).replaceQueryParam("size", size).build() + ">; rel=\"next\"");
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", pages()).replaceQueryParam("size", size).build() + ">; rel=\"last\"");
        }
        if (hasPrev()) {
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", prev()).replaceQueryParam("size", size).build() + ">; rel=\"prev\"");
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", 1).replaceQueryParam("size", size).build() + ">; rel=\"first\"");
        }
        if (!links.isEmpty()) {
            answer.header("Link", String.join(", ", links));
        }
        return answer;
    }

    /** For the pages' links: {@code {q.urlEncoded}}. */
    @TemplateExtension
    static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code %} and {@code _} typed by a person are letters, not wildcards; null or blank means "anything". */
    public static String likePattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
