package dev.pitchnight.event;

import static io.restassured.RestAssured.given;

import dev.pitchnight.picture.PictureKind;
import dev.pitchnight.picture.PictureVariant;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the picture tests read back: rows kept per owner, and a form posted as multipart with its CSRF token. */
final class PictureRows {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private PictureRows() {
    }

    /** The sizes kept for the owner, as "CARD image/jpeg 800x450 <hash>". */
    static List<String> of(PictureKind kind, long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> PictureVariant.<PictureVariant>list(
                        "ownerKind = ?1 and ownerId = ?2 order by variant", kind, ownerId).stream()
                .map(v -> v.variant + " " + v.mediaType + " " + v.width + "x" + v.height + " " + v.hash)
                .toList());
    }

    /** The group's current logo hash, read in a transaction of its own. */
    static String logoHash(long groupId) {
        return QuarkusTransaction.requiringNew().call(() -> MeetupGroup.<MeetupGroup>findById(groupId).logoHash);
    }

    static long all() {
        return QuarkusTransaction.requiringNew().call(() -> PictureVariant.count());
    }

    /** Opens {@code page} as {@code user} and posts one file (and the CSRF field) as multipart to {@code action}. */
    static Response upload(String user, String page, String action, String field, String fileName, byte[] bytes, String type,
                           String language) {
        String bearer = Keycloak.accessToken(user);
        Response opened = given().auth().oauth2(bearer).get(page);
        Matcher token = CSRF.matcher(opened.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF field on " + page + " (status " + opened.statusCode() + ")");
        }
        return given().auth().oauth2(bearer).header("Accept-Language", language).redirects().follow(false)
                .cookie("csrf-token", opened.getCookie("csrf-token"))
                .multiPart("csrf-token", token.group(1))
                .multiPart(field, fileName, bytes, type)
                .post(action);
    }

    /** Posts a plain form (the remove buttons) with its CSRF field. */
    static Response press(String user, String page, String action) {
        return Forms.post(user, page, action, Map.of());
    }
}
