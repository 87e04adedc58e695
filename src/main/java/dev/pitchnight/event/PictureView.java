package dev.pitchnight.event;

/** A night's cover or a group's logo in the API: its hash and the addresses of its sizes (null fields when there is none). */
public record PictureView(String hash, String card, String page, String share) {

    static PictureView cover(Event event, PictureLinks links) {
        return new PictureView(event.coverHash, links.cover(event, "card"), links.cover(event, "page"), links.cover(event, "share"));
    }

    static PictureView logo(MeetupGroup group, PictureLinks links) {
        return new PictureView(group.logoHash, links.logo(group, "card"), links.logo(group, "page"), links.logo(group, "share"));
    }
}
