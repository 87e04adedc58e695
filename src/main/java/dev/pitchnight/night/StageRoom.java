package dev.pitchnight.night;

import dev.pitchnight.agenda.Lineup;
import dev.pitchnight.checkin.QrImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the stage shows around the clock so that it runs the room: the run of show, the time to
 * the start, the award's progress, and the QR codes (with their short addresses written out) that
 * bring the room's phones to the audience page and, at the end, to the networking page.
 */
public record StageRoom(List<Lineup.Line> runOfShow, Instant startsAt, Instant now, Link audience, Link network,
                        long awardVotes) {

    /**
     * A page the room's phones should open: its QR code, and its address as people type it (no
     * scheme, no "www."), in two parts so that a long one breaks after the host, not mid-word.
     */
    public record Link(String host, String path, QrImage qr) {
        static Link of(String baseUrl, String path) {
            String host = baseUrl.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
            return new Link(host, path, QrImage.of(baseUrl + path));
        }

        public String text() {
            return host + path;
        }
    }

    static StageRoom of(String baseUrl, long eventId, List<Lineup.Line> runOfShow, Instant startsAt, Instant now,
                        long awardVotes) {
        return new StageRoom(runOfShow, startsAt, now, Link.of(baseUrl, "/events/" + eventId + "/qa"),
                Link.of(baseUrl, "/events/" + eventId + "/network"), awardVotes);
    }

    /** Epoch milliseconds of the start, for the browser's countdown. */
    public long startsAtMillis() {
        return startsAt.toEpochMilli();
    }

    /** Whole days to the start (0 on the night's day): a countdown in hours would only confuse. */
    public long daysToStart() {
        long millis = Duration.between(now, startsAt).toMillis();
        long day = Duration.ofDays(1).toMillis();
        return millis < day ? 0 : (millis + day - 1) / day;
    }

    /** Time to the start as the page shows it without JavaScript ("1:05:00", "4:59"); "0:00" once it is past. */
    public String untilStart() {
        long seconds = Math.max(0, (Duration.between(now, startsAt).toMillis() + 999) / 1000);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }
}
