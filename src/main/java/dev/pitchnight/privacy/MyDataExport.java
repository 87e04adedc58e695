package dev.pitchnight.privacy;

import dev.pitchnight.account.People;
import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.checkin.CheckinPersonalData;
import dev.pitchnight.event.EventPersonalData;
import dev.pitchnight.message.MessagePersonalData;
import dev.pitchnight.network.NetworkPersonalData;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.notify.OutboxPersonalData;
import dev.pitchnight.pitch.PitchPersonalData;
import dev.pitchnight.qa.QaPersonalData;
import dev.pitchnight.rsvp.RsvpPersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gathers a person's data from every feature, each through its own service. Only the caller's. */
@ApplicationScoped
public class MyDataExport {

    private final Clock clock;
    private final People people;
    private final EventPersonalData events;
    private final RsvpPersonalData rsvps;
    private final CheckinPersonalData checkins;
    private final PitchPersonalData pitches;
    private final QaPersonalData qa;
    private final NetworkPersonalData network;
    private final OutboxPersonalData mails;
    private final NotificationPreferences preferences;
    private final MessagePersonalData messages;

    MyDataExport(Clock clock, People people, EventPersonalData events, RsvpPersonalData rsvps, CheckinPersonalData checkins,
                 PitchPersonalData pitches, QaPersonalData qa, NetworkPersonalData network, OutboxPersonalData mails,
                 NotificationPreferences preferences, MessagePersonalData messages) {
        this.clock = clock;
        this.people = people;
        this.events = events;
        this.rsvps = rsvps;
        this.checkins = checkins;
        this.pitches = pitches;
        this.qa = qa;
        this.network = network;
        this.mails = mails;
        this.preferences = preferences;
        this.messages = messages;
    }

    /** One read-only transaction, so the parts agree with each other. */
    @Transactional
    public MyData of(Viewer viewer) {
        String me = viewer.username();
        var places = rsvps.export(me);
        var arrivals = checkins.export(me);
        var myPitches = pitches.export(me);
        var questions = qa.questions(me);
        var awardVotes = qa.awardVotes(me);
        var cards = network.cards(me);
        var connections = network.connections(me);
        var memberships = events.memberships(me);
        var sent = messages.sent(me);
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(viewer.email());
        places.forEach(place -> addresses.add(place.email()));
        myPitches.forEach(pitch -> addresses.add(pitch.contactEmail()));
        cards.forEach(card -> addresses.add(card.email()));
        memberships.forEach(membership -> addresses.add(membership.email()));
        addresses.remove(null);
        Set<Long> nights = new LinkedHashSet<>();
        places.forEach(place -> nights.add(place.eventId()));
        arrivals.forEach(arrival -> nights.add(arrival.eventId()));
        myPitches.forEach(pitch -> nights.add(pitch.eventId()));
        questions.forEach(question -> nights.add(question.eventId()));
        awardVotes.forEach(vote -> nights.add(vote.eventId()));
        cards.forEach(card -> nights.add(card.eventId()));
        connections.forEach(connection -> nights.add(connection.eventId()));
        sent.forEach(message -> nights.add(message.eventId()));
        List<String> roles = new ArrayList<>(viewer.roles().stream().map(Role::realmName).toList());
        return new MyData(clock.instant(),
                new MyData.Profile(me, viewer.displayName(), viewer.email(), roles, people.stored(me)),
                memberships, places, arrivals, myPitches, questions, qa.questionVotes(me), awardVotes, cards,
                connections, preferences.of(me), sent, mails.mailsTo(addresses), events.nights(nights));
    }
}
