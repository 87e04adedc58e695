package dev.pitchnight.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts an HTML form as a signed-in person would: the CSRF cookie and field from the page first. */
public final class Forms {

    private static final Pattern FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** Opens {@code page} as {@code user}, then posts {@code fields} to {@code action} without following the redirect. */
    public static Response post(String user, String page, String action, Map<String, ?> fields) {
        return post(user, "en", page, action, fields);
    }

    /** The same, from a browser that asks for this language (an Accept-Language value). */
    public static Response post(String user, String language, String page, String action, Map<String, ?> fields) {
        String bearer = Keycloak.accessToken(user);
        Response opened = given().auth().oauth2(bearer).header("Accept-Language", language).get(page);
        Matcher field = FIELD.matcher(opened.asString());
        if (!field.find()) {
            throw new AssertionError("no CSRF field on " + page + " (status " + opened.statusCode() + ")");
        }
        return given().auth().oauth2(bearer).header("Accept-Language", language).redirects().follow(false)
                .cookie("csrf-token", opened.getCookie("csrf-token"))
                .formParam("csrf-token", field.group(1))
                .formParams(fields)
                .post(action);
    }
}
