package dev.pitchnight.demo;

import dev.pitchnight.agenda.AgendaItem;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchCall;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The demo pitch night that {@code bin/start} shows a newcomer: group {@code svnewtech},
 * organized by olivia, with a published night in Palo Alto three Thursdays from the first
 * start, four accepted startups (one is sam's) and its run of show from doors to networking.
 * Seeded once: when the group exists, nothing is touched.
 */
@ApplicationScoped
public class DemoNight {

    static final String GROUP_SLUG = "svnewtech";
    private static final Logger LOG = Logger.getLogger(DemoNight.class);
    private static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");

    private final boolean enabled;
    private final Clock clock;

    DemoNight(Clock clock, DemoConfig config) {
        this.clock = clock;
        this.enabled = config.seed();
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        try {
            if (seedOnce()) {
                LOG.info("Seeded the demo pitch night (group svnewtech)");
            }
        } catch (RuntimeException raced) {
            // Another instance may have seeded it at the same moment: the unique slug kept it to one.
            if (MeetupGroup.findBySlug(GROUP_SLUG).isEmpty()) {
                throw raced;
            }
            LOG.debug("Demo night already seeded by another instance");
        }
    }

    @Transactional
    boolean seedOnce() {
        if (MeetupGroup.findBySlug(GROUP_SLUG).isPresent()) {
            return false;
        }
        MeetupGroup group = new MeetupGroup();
        group.slug = GROUP_SLUG;
        group.name = "SV New Tech";
        group.description = """
                Silicon Valley's monthly pitch night for early-stage startups: four founders, \
                five minutes each, questions from a tough audience, then ninety minutes of networking.""";
        group.persist();

        GroupMember owner = new GroupMember();
        owner.group = group;
        owner.username = "olivia";
        owner.role = GroupMember.GroupRole.OWNER;
        owner.persist();

        LocalDate thursday = LocalDate.now(clock.withZone(PALO_ALTO))
                .plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        ZonedDateTime start = ZonedDateTime.of(thursday, LocalTime.of(18, 30), PALO_ALTO);

        Event night = new Event();
        night.group = group;
        night.slug = "palo-alto-pitch-night";
        night.title = "Palo Alto Pitch Night";
        night.description = """
                Four startups, five minutes each, three minutes of questions from the audience. \
                Doors open at 6:30 PM, pitches start at 7:00 PM, and networking runs until 9:30 PM.""";
        night.venueName = "The Forum, University Avenue";
        night.venueAddress = "530 University Ave, Palo Alto, CA 94301";
        night.startsAt = start.toInstant();
        night.endsAt = start.plusHours(3).toInstant();
        night.timeZone = PALO_ALTO.getId();
        night.capacity = 195;
        night.guestsAllowed = 1;
        night.waitlistEnabled = true;
        night.waitlistPolicy = Event.WaitlistPolicy.AUTO;
        night.status = Event.Status.PUBLISHED;
        night.createdBy = "olivia";
        night.persist();
        lineUp(night);
        return true;
    }

    /** The night's call for pitches (closed a week before), four accepted startups (one is sam's), and the run of show. */
    private void lineUp(Event night) {
        Instant now = clock.instant();
        PitchCall call = new PitchCall();
        call.eventId = night.id;
        call.opensAt = now;
        call.closesAt = night.startsAt.minus(Duration.ofDays(7));
        call.brief = "Early-stage startups with a product people can try. Five minutes on stage, three minutes of questions.";
        call.slotsWanted = 4;
        call.updatedAt = now;
        call.persist();

        String[][] startups = {
                {"sam", "Acme Robotics", "Robots that fold your laundry", "REVENUE"},
                {"demo-lena", "Tidewater Labs", "Water sensors for small farms", "LAUNCHED"},
                {"demo-raj", "Ledgerly", "Bookkeeping that reads your receipts", "REVENUE"},
                {"demo-mei", "Quiet Hours", "Scheduling that protects focus time", "PROTOTYPE"}};
        List<Pitch> accepted = new ArrayList<>();
        for (String[] startup : startups) {
            Pitch pitch = new Pitch();
            pitch.eventId = night.id;
            pitch.founder = startup[0];
            pitch.founderName = startup[0];
            pitch.company = startup[1];
            pitch.oneLiner = startup[2];
            pitch.problem = startup[2] + ": the problem, the customers, and why now.";
            pitch.stage = Pitch.Stage.valueOf(startup[3]);
            pitch.contactEmail = startup[0] + "@example.com";
            pitch.status = Pitch.Status.ACCEPTED;
            pitch.decisionNo = 1;
            pitch.decidedBy = "olivia";
            pitch.decidedAt = now;
            pitch.createdAt = now;
            pitch.updatedAt = now;
            pitch.persist();
            accepted.add(pitch);
        }

        int position = 0;
        agendaItem(night, ++position, AgendaItem.Kind.DOORS, null, 30, 0, null);
        agendaItem(night, ++position, AgendaItem.Kind.INTRO, "Welcome by olivia", 10, 0, null);
        for (Pitch pitch : accepted) {
            agendaItem(night, ++position, AgendaItem.Kind.PITCH, null, 5, 3, pitch.id);
        }
        agendaItem(night, ++position, AgendaItem.Kind.BREAK, null, 15, 0, null);
        agendaItem(night, ++position, AgendaItem.Kind.NETWORKING, null, 90, 0, null);
    }

    private void agendaItem(Event night, int position, AgendaItem.Kind kind, String title, int minutes,
                            int qaMinutes, Long pitchId) {
        AgendaItem item = new AgendaItem();
        item.eventId = night.id;
        item.position = position;
        item.kind = kind;
        item.title = title;
        item.minutes = minutes;
        item.qaMinutes = qaMinutes;
        item.pitchId = pitchId;
        item.createdAt = clock.instant();
        item.persist();
    }
}
