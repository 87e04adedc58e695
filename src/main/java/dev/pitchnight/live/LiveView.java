package dev.pitchnight.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitchnight.agenda.AgendaItem;
import dev.pitchnight.agenda.Lineup;
import java.util.ArrayList;
import java.util.List;

/**
 * The live state as pages and {@code /api} see it. {@code remainingMillis} is the time left at
 * {@code serverTime} (epoch milliseconds); a browser computes the countdown from both and its own
 * offset to the server's clock, so every screen shows the same time whichever instance answered.
 * {@code changeId} is the newest live change included: the stream resumes after it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveView(long eventId, LiveNight.Phase phase, Slot slot, Slot next, boolean paused, Long lengthMillis,
                       long extensionMillis, Long remainingMillis, long serverTime, LiveNight.Moderation moderation,
                       LiveNight.Award award, Long changeId) {

    /** An agenda item as the stage shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slot(long id, AgendaItem.Kind kind, String title, Long pitchId, String company, String oneLiner,
                       int minutes, int qaMinutes) {

        static Slot of(Lineup.Line line) {
            return line == null ? null : new Slot(line.id(), line.kind(), line.title(), line.pitchId(), line.company(),
                    line.oneLiner(), line.minutes(), line.qaMinutes());
        }

        public boolean isPitch() {
            return kind == AgendaItem.Kind.PITCH;
        }
    }

    public boolean running() {
        return phase.running() && !paused;
    }

    /** The same state, stamped with the change it came with. */
    LiveView withChange(long id) {
        return new LiveView(eventId, phase, slot, next, paused, lengthMillis, extensionMillis, remainingMillis, serverTime,
                moderation, award, id);
    }

    /** What the organizer can do now, the main action first (the live-control page's buttons). */
    public List<String> actions() {
        List<String> actions = new ArrayList<>();
        switch (phase) {
            case WAITING, BETWEEN -> {
                actions.add("start");
                actions.add("next");
            }
            case PITCH, QA, ITEM -> {
                actions.add(paused ? "resume" : "pause");
                actions.add("extend");
                if (phase == LiveNight.Phase.PITCH && slot != null && slot.qaMinutes() > 0) {
                    actions.add("qa");
                }
                actions.add("next");
            }
            case ENDED -> {
            }
        }
        return actions;
    }

    /** The award's next steps for the organizer. */
    public List<String> awardActions() {
        return switch (award) {
            case NONE -> List.of("award-open");
            case OPEN -> List.of("award-close", "award-reveal");
            case CLOSED -> List.of("award-open", "award-reveal");
            case REVEALED -> List.of();
        };
    }

    /** Remaining time as the page renders it without JavaScript ("4:59", "-0:12"). */
    public String clockText() {
        if (remainingMillis == null) {
            return "";
        }
        long millis = remainingMillis;
        long seconds = millis >= 0 ? (millis + 999) / 1000 : -((-millis) / 1000);
        long abs = Math.abs(seconds);
        return (seconds < 0 ? "-" : "") + abs / 60 + ":" + String.format("%02d", abs % 60);
    }

    /** "normal", "warning" (last minute) or "over": the clock's colour. */
    public String clockState() {
        if (remainingMillis == null) {
            return "idle";
        }
        return remainingMillis < 0 ? "over" : remainingMillis <= 60_000 ? "warning" : "normal";
    }
}
