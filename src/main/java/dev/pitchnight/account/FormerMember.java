package dev.pitchnight.account;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What stands in for a person whose data was erased or forgotten: a random pseudonym in every
 * row kept for a night's record ("former-3f9a…", never derived from the user name), shown as
 * "A former member". Keycloak user names cannot contain it by accident: the realm's user names
 * never start with "former-" (sign-up is off; the admin API refuses none, so do not create one).
 */
public final class FormerMember {

    public static final String PREFIX = "former-";

    /** The name questions and lists show for them. */
    public static final String NAME = "A former member";

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormerMember() {
    }

    /** A fresh pseudonym: 16 random hex digits after the prefix. */
    public static String pseudonym() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return PREFIX + HexFormat.of().formatHex(bytes);
    }

    public static boolean is(String username) {
        return username != null && username.startsWith(PREFIX);
    }
}
