package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.picture.PictureKind;
import dev.pitchnight.picture.PictureService;
import dev.pitchnight.picture.PictureSize;
import dev.pitchnight.picture.PictureVariant;
import dev.pitchnight.web.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A night's cover and a group's logo: who may change them (the night's or group's organizers, as for every
 * other change), and which picture is current ({@code events.cover_hash}, {@code meetup_groups.logo_hash}).
 * The pictures themselves are checked, scaled and kept by {@link PictureService}. An upload is decoded and
 * scaled before any lock is taken; the owner's row is then locked for the short write, so two uploads at once
 * end with one picture, whole.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventPictures {

    /** One size of a picture as it is served; {@code shared} is false for a draft night's cover (private caching). */
    public record Served(byte[] bytes, String mediaType, boolean shared) {
    }

    private final EventService events;
    private final PictureService pictures;

    EventPictures(EventService events, PictureService pictures) {
        this.events = events;
        this.pictures = pictures;
    }

    /** The night's new cover; {@code declaredType} is the body's media type (null for a form's file). */
    public Event setCover(long id, byte[] bytes, String declaredType, Viewer viewer) {
        events.organizedEvent(id, viewer);
        PictureService.Prepared picture = pictures.prepare(PictureKind.COVER, bytes, declaredType);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Event event = Event.lockForUpdate(id).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
            pictures.keep(PictureKind.COVER, id, picture);
            event.coverHash = picture.hash();
            return event;
        });
    }

    /** Removes the night's cover (nothing happens when it has none); the shared link falls back to the logo or card. */
    public Event removeCover(long id, Viewer viewer) {
        events.organizedEvent(id, viewer);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Event event = Event.lockForUpdate(id).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
            pictures.remove(PictureKind.COVER, id);
            event.coverHash = null;
            return event;
        });
    }

    /** The group's new logo. */
    public MeetupGroup setLogo(String slug, byte[] bytes, String declaredType, Viewer viewer) {
        long groupId = events.groupToOrganize(slug, viewer).id;
        PictureService.Prepared picture = pictures.prepare(PictureKind.LOGO, bytes, declaredType);
        return QuarkusTransaction.joiningExisting().call(() -> {
            MeetupGroup group = MeetupGroup.lockForUpdate(groupId).orElseThrow();
            pictures.keep(PictureKind.LOGO, groupId, picture);
            group.logoHash = picture.hash();
            return group;
        });
    }

    /** Removes the group's logo (nothing happens when it has none). */
    public MeetupGroup removeLogo(String slug, Viewer viewer) {
        long groupId = events.groupToOrganize(slug, viewer).id;
        return QuarkusTransaction.joiningExisting().call(() -> {
            MeetupGroup group = MeetupGroup.lockForUpdate(groupId).orElseThrow();
            pictures.remove(PictureKind.LOGO, groupId);
            group.logoHash = null;
            return group;
        });
    }

    /** A size of the night's cover at that hash, to whoever may see the night (drafts: its organizers). */
    public Optional<Served> cover(long id, String hash, String size, Viewer viewer) {
        Optional<PictureSize> which = PictureSize.of(size);
        return events.visibleEvent(id, viewer)
                .filter(event -> which.isPresent() && hash.equals(event.coverHash))
                .flatMap(event -> pictures.variant(PictureKind.COVER, id, hash, which.get())
                        .map(variant -> served(variant, event.status != Event.Status.DRAFT)));
    }

    /** A size of the group's logo at that hash; groups are public. */
    public Optional<Served> logo(String slug, String hash, String size) {
        Optional<PictureSize> which = PictureSize.of(size);
        return MeetupGroup.findBySlug(slug)
                .filter(group -> which.isPresent() && hash.equals(group.logoHash))
                .flatMap(group -> pictures.variant(PictureKind.LOGO, group.id, hash, which.get()))
                .map(variant -> served(variant, true));
    }

    private static Served served(PictureVariant variant, boolean shared) {
        return new Served(variant.content, variant.mediaType, shared);
    }
}
