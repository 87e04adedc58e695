package dev.pitchnight.web;

import java.util.Map;

/**
 * A form as it comes back to the person who sent it: the values as typed (so nothing they wrote
 * is lost) and a message per wrong field. What templates ask of every form page.
 */
public interface FormState {

    Map<String, String> values();

    Map<String, String> errors();

    /** A value for a field, or "" (templates never see null). */
    default String get(String field) {
        return values().getOrDefault(field, "");
    }

    default String error(String field) {
        return errors().get(field);
    }

    default boolean has(String field) {
        return errors().containsKey(field);
    }
}
