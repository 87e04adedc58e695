package dev.pitchnight.picture;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Refusal}s in the pictures' own words ({@link PictureMessages}). Every refusal of an
 * upload names the form field ({@code cover}, {@code logo}) so the form can mark it, and its detail is the
 * sentence itself, so an API client reads it as it is.
 */
final class PictureRefusals {

    @FunctionalInterface
    interface Words extends Function<PictureMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(PictureMessages.class, locale));
        }
    }

    private PictureRefusals() {
    }

    /** 400: empty, damaged or incomplete. */
    static Refusal invalid(String field, Words detail) {
        return new Refusal(Response.Status.BAD_REQUEST, (Words) m -> m.picture_refused_title(), detail, Map.of(field, detail));
    }

    /** 413: too many bytes, or too many pixels. */
    static Refusal tooLarge(String field, Words detail) {
        return new Refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, (Words) m -> m.picture_too_large_title(), detail,
                Map.of(field, detail));
    }

    /** 415: not JPEG, PNG or WebP, by its declared type or by its content. */
    static Refusal unsupported(String field, Words detail) {
        return new Refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, (Words) m -> m.picture_unsupported_title(), detail,
                Map.of(field, detail));
    }
}
