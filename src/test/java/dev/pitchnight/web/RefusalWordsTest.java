package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No refusal is worded in English only: every refusal in {@code src/main/java} takes its words
 * from a message bundle ({@code m -> m.key(...)}), never from a string. The compiler already
 * refuses a plain string where a Refusal factory wants words; this catches what it cannot: a
 * lambda that returns a sentence ({@code m -> "Sold out"}) or builds one from literals.
 */
class RefusalWordsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** The mechanism itself builds refusals from words it is given; everything else must use it. */
    private static boolean mechanism(String file) {
        return file.equals("dev/pitchnight/web/Refusal.java") || file.endsWith("Refusals.java");
    }

    private static final Pattern FACTORY = Pattern.compile(
            "\\b(?:Refusal|[A-Z]\\w*Refusals)\\s*\\.\\s*(conflict|notFound|forbidden|invalid|of|tooLarge|tooMany)\\s*\\(");
    private static final Pattern NEW_REFUSAL = Pattern.compile("\\bnew\\s+(?:dev\\.pitchnight\\.web\\.)?Refusal\\s*\\(");
    /** A lambda's parameter and arrow (not a switch arm: those start with "case" or a constant). */
    private static final Pattern LAMBDA = Pattern.compile("(?<!case )(?<![\\w.])([a-z]\\w*)\\s*->\\s*");
    private static final Pattern FIELD_NAME = Pattern.compile("\"[A-Za-z][\\w.-]*\"");

    @Test
    void everyRefusalInTheSourcesTakesItsWordsFromABundle() throws IOException {
        List<String> problems = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (mechanism(name)) {
                    continue;
                }
                Scan scan = scan(Files.readString(file));
                calls += scan.calls();
                scan.problems().forEach(problem -> problems.add(name + ":" + problem));
            }
        }
        assertThat(calls).as("refusals found in the sources").isGreaterThan(100);
        assertThat(problems).as("refusals or refusal words not taken from a message bundle").isEmpty();
    }

    @Test
    void theScanSeesEnglishWhereverItHides() {
        assertThat(scan("throw Refusal.conflict(\"Sold out\", m -> m.rsvp_sold_out_no_waitlist());").problems()).isNotEmpty();
        assertThat(scan("throw Refusal.notFound(m -> \"There is no pitch night \" + id + \".\");").problems()).isNotEmpty();
        assertThat(scan("throw Refusal.forbidden(m -> m.qa_seated_only(\"the night\"));").problems()).isNotEmpty();
        assertThat(scan("throw Refusal.notFound(m -> english);").problems()).isNotEmpty();
        assertThat(scan("throw PitchRefusals.invalid(\"deck\", m -> m.deck_empty() + \" (PDF)\");").problems()).isNotEmpty();
        assertThat(scan("throw new Refusal(Response.Status.GONE, t, d, null);").problems()).isNotEmpty();
        assertThat(scan("errors.put(\"title\", w -> \"is required\");").problems()).isNotEmpty();
        assertThat(scan("errors.put(\"title\", m -> m.required() + \"!\");").problems()).isNotEmpty();
    }

    @Test
    void theScanLetsWordsFromABundlePass() {
        Scan scan = scan("""
                throw Refusal.conflict(m -> m.rsvp_sold_out_title(), m -> m.rsvp_sold_out_no_waitlist()); // "Sold out"
                throw Refusal.invalid("Last-Event-ID", m -> m.live_change_id());
                throw Refusal.invalid(field, m -> m.between(min, max));
                throw Refusal.invalid(m -> m.check_marked_fields(), problems);
                throw Refusal.conflict(m -> m.checkin_no_seat_title(), switch (status) {
                    case CANCELLED -> m -> m.checkin_rsvp_cancelled(username);
                    default -> m -> m.checkin_waitlisted(username);
                });
                /* Refusal.notFound("in a comment") */
                errors.put("title", m -> m.at_most_characters(200));
                errors.put("timeZone", required ? m -> m.event_zone_required() : m -> m.required());
                String other = events.stream().map(e -> e.title).findFirst().orElse("none");
                """);
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.calls()).isEqualTo(5);
    }

    record Scan(int calls, List<String> problems) {
    }

    static Scan scan(String source) {
        String code = withoutComments(source);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        Matcher factory = FACTORY.matcher(code);
        while (factory.find()) {
            calls++;
            List<String> arguments = arguments(code, factory.end());
            boolean namesAField = factory.group(1).equals("invalid") || factory.group(1).equals("tooLarge");
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i).strip();
                boolean fieldName = namesAField && i == 0 && arguments.size() > 1
                        && (FIELD_NAME.matcher(argument).matches() || argument.matches("\\w+"));
                if (!fieldName && argument.contains("\"")) {
                    problems.add(line(code, factory.start()) + ": a string in " + factory.group() + ": " + argument);
                }
            }
        }
        Matcher created = NEW_REFUSAL.matcher(code);
        while (created.find()) {
            calls++;
            problems.add(line(code, created.start()) + ": new Refusal(...) outside Refusal and PitchRefusals; use their factories");
        }
        Matcher lambda = LAMBDA.matcher(code);
        while (lambda.find()) {
            String parameter = lambda.group(1);
            String body = code.substring(lambda.end(), end(code, lambda.end())).strip();
            if (body.startsWith("\"")) {
                problems.add(line(code, lambda.start()) + ": a lambda that returns a string literal: " + body);
            } else if (parameter.equals("m")
                    && (!body.matches("(?s)m\\s*\\.\\s*\\w+\\s*\\(.*\\)") || body.contains("\"") || !closesAtEnd(body))) {
                problems.add(line(code, lambda.start()) + ": words must be one message, m -> m.key(...): " + body);
            }
        }
        return new Scan(calls, problems);
    }

    /** The body "m.key(a, b)" is one call, not "m.key(a) + more". */
    private static boolean closesAtEnd(String body) {
        int open = body.indexOf('(');
        return open >= 0 && close(body, open) == body.length() - 1;
    }

    /** The text of the arguments of the call whose "(" ends just before {@code from}. */
    private static List<String> arguments(String code, int from) {
        int end = close(code, from - 1);
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < end; i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(code, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(code.substring(start, i));
                start = i + 1;
            }
        }
        if (!code.substring(start, end).isBlank()) {
            arguments.add(code.substring(start, end));
        }
        return arguments;
    }

    /** Where a lambda's expression body ends: at a ",", ")", ";" or a conditional's ":" of its own level. */
    private static int end(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(code, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth-- == 0 || (c == ',' || c == ';' || c == ':') && depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** The index of the bracket that closes the one at {@code open}. */
    private static int close(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(code, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** The index of a string's, text block's or char's closing quote. */
    private static int skipLiteral(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 2;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return code.length();
    }

    /** The source with comments blanked out (line breaks kept), strings left as they are. */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(source, i);
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(code, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(code, i, end);
                i = end - 1;
            }
        }
        return code.toString();
    }

    private static void blank(StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n') {
                code.setCharAt(i, ' ');
            }
        }
    }

    private static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
