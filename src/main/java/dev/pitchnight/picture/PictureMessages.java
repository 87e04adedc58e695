package dev.pitchnight.picture;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the picture forms and of the pictures on pages ({@code {picturemsg:…}}). German texts are in
 * {@code messages/picturemsg_de.properties}.
 */
@MessageBundle("picturemsg")
public interface PictureMessages {

    @Message("Cover picture")
    String cover_heading();

    @Message("Shown on the night's page, in lists and when the link is shared. JPEG, PNG or WebP, at most {megabytes} MB; "
            + "wide pictures work best (1200×630 or larger). Camera data such as the place a photo was taken is removed.")
    String cover_hint(long megabytes);

    @Message("Choose a cover picture")
    String cover_choose();

    @Message("Upload cover")
    String cover_upload();

    @Message("Remove cover")
    String cover_remove();

    @Message("The night's cover as it is now")
    String cover_current();

    @Message("Cover picture of {title}")
    String cover_alt(String title);

    @Message("Logo")
    String logo_heading();

    @Message("Shown on the group's page, on the stage before the night starts, and when a night without a cover is shared. "
            + "JPEG, PNG or WebP, at most {megabytes} MB; a square picture works best. Camera data is removed.")
    String logo_hint(long megabytes);

    @Message("Choose a logo")
    String logo_choose();

    @Message("Upload logo")
    String logo_upload();

    @Message("Remove logo")
    String logo_remove();

    @Message("Logo of {group}")
    String logo_alt(String group);

    // Refusals (through PictureRefusals)


    @Message("Picture not taken")
    String picture_refused_title();

    @Message("Picture too large")
    String picture_too_large_title();

    @Message("Not a picture we take")
    String picture_unsupported_title();

    @Message("No picture was sent: choose a JPEG, PNG or WebP file.")
    String picture_empty();

    @Message("The picture is larger than {megabytes} MB; send a smaller one.")
    String picture_larger_than(long megabytes);

    @Message("The picture is {width}×{height} pixels; at most {megapixels} megapixels are taken.")
    String picture_too_many_pixels(int width, int height, long megapixels);

    @Message("Send the picture as image/jpeg, image/png or image/webp, not {type}.")
    String picture_media_type(String type);

    @Message("This file is not a JPEG, PNG or WebP picture.")
    String picture_not_an_image();

    @Message("The picture could not be read to its end: the file is damaged or incomplete.")
    String picture_damaged();

    @Message("{what} has no picture.")
    String picture_none(String what);
}
