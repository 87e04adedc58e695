package dev.pitchnight.demo;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo pitch night that {@code bin/start} shows a newcomer: group {@code svnewtech},
 * organized by olivia, with a published night in Palo Alto three Thursdays from the first
 * start. Seeded once: when the group exists, nothing is touched.
 */
@ApplicationScoped
public class DemoNight {

    static final String GROUP_SLUG = "svnewtech";
    private static final Logger LOG = Logger.getLogger(DemoNight.class);
    private static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");

    @ConfigProperty(name = "pitchnight.demo.seed")
    boolean enabled;

    private final Clock clock;

    DemoNight(Clock clock) {
        this.clock = clock;
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
        return true;
    }
}
