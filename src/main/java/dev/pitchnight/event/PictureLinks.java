package dev.pitchnight.event;

import dev.pitchnight.picture.PictureService;
import dev.pitchnight.picture.PictureSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Where a night's cover and a group's logo are served ({@code {inject:pictures.cover(event, 'page')}}): the
 * upload's content hash is in the address, so each address always answers the same bytes and may be cached
 * for a year; a new upload gets a new address.
 */
@ApplicationScoped
@Named("pictures")
public class PictureLinks {

    private final PictureService pictures;

    PictureLinks(PictureService pictures) {
        this.pictures = pictures;
    }

    /** The cover's address in that size ("card", "page", "share"), or null when the night has none. */
    public String cover(Event event, String size) {
        return event.coverHash == null ? null : "/events/" + event.id + "/cover/" + event.coverHash + "/" + checked(size);
    }

    /** The logo's address in that size, or null when the group has none. */
    public String logo(MeetupGroup group, String size) {
        return group.logoHash == null ? null : "/groups/" + group.slug + "/logo/" + group.logoHash + "/" + checked(size);
    }

    /** The upload limit in whole megabytes, for the forms' hints. */
    public long megabytes() {
        return pictures.maxBytes() / (1024 * 1024);
    }

    private static String checked(String size) {
        return PictureSize.of(size).orElseThrow(() -> new IllegalArgumentException("no picture size " + size)).word();
    }
}
