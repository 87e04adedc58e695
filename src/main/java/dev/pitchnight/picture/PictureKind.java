package dev.pitchnight.picture;

/** Whose picture: a night's cover or a group's logo. Each has its own web sizes ({@link WebSizes}). */
public enum PictureKind {
    COVER("cover"),
    LOGO("logo");

    private final String field;

    PictureKind(String field) {
        this.field = field;
    }

    /** The form field and the word in addresses: "cover", "logo". */
    public String field() {
        return field;
    }
}
