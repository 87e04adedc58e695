package dev.pitchnight.demo;

import dev.pitchnight.agenda.AgendaItem;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventInput;
import dev.pitchnight.event.EventService;
import dev.pitchnight.event.GroupInput;
import dev.pitchnight.event.GroupService;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
    private final GroupService groups;
    private final EventService events;

    DemoNight(Clock clock, DemoConfig config, GroupService groups, EventService events) {
        this.clock = clock;
        this.enabled = config.seed();
        this.groups = groups;
        this.events = events;
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
        // The same services a person uses: olivia starts the group and announces the night.
        groups.create(new GroupInput(GROUP_SLUG, "SV New Tech", """
                Silicon Valley's monthly pitch night for early-stage startups: four founders, \
                five minutes each, questions from a tough audience, then ninety minutes of networking.""",
                "Palo Alto", PALO_ALTO.getId(), null, false, null), "olivia");

        LocalDate thursday = LocalDate.now(clock.withZone(PALO_ALTO))
                .plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        LocalDateTime start = LocalDateTime.of(thursday, LocalTime.of(18, 30));
        Event night = events.create(GROUP_SLUG, new EventInput("Palo Alto Pitch Night", """
                Four startups, five minutes each, three minutes of questions from the audience. \
                Doors open at 6:30 PM, pitches start at 7:00 PM, and networking runs until 9:30 PM.""",
                start, start.plusHours(3), PALO_ALTO.getId(), 195, 1, true, Event.WaitlistPolicy.AUTO,
                Event.Status.PUBLISHED, "The Forum, University Avenue", "530 University Ave, Palo Alto, CA 94301", null,
                null, null), "olivia");
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
        agendaItem(night, ++position, AgendaItem.Kind.INTRO, "Welcome by Olivia Hartmann", 10, 0, null);
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
