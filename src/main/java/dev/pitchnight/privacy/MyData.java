package dev.pitchnight.privacy;

import dev.pitchnight.checkin.CheckinPersonalData;
import dev.pitchnight.event.EventPersonalData;
import dev.pitchnight.message.MessagePersonalData;
import dev.pitchnight.network.NetworkPersonalData;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.notify.OutboxPersonalData;
import dev.pitchnight.pitch.PitchPersonalData;
import dev.pitchnight.qa.QaPersonalData;
import dev.pitchnight.rsvp.RsvpPersonalData;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Pitchnight holds about one person: the body of {@code GET /api/me/export}, described
 * field by field in docs/PRIVACY.md. Each part comes from the feature that holds it.
 */
public record MyData(
        Instant exportedAt,
        Profile profile,
        List<EventPersonalData.Membership> groups,
        List<RsvpPersonalData.Place> rsvps,
        List<CheckinPersonalData.Arrival> checkins,
        List<PitchPersonalData.MyPitchData> pitches,
        List<QaPersonalData.AskedQuestion> questions,
        List<QaPersonalData.QuestionVote> questionVotes,
        List<QaPersonalData.AwardVote> awardVotes,
        List<NetworkPersonalData.Card> networkCards,
        List<NetworkPersonalData.Connection> connections,
        NotificationPreferences.Choices notificationPreferences,
        List<MessagePersonalData.SentMessage> messagesSent,
        List<OutboxPersonalData.Mail> mails,
        Map<Long, EventPersonalData.NightRef> nights) {

    /**
     * The person as Pitchnight knows them: from their token (user name, name, e-mail, realm roles)
     * and the display name written down for others to see ({@code storedName}, null if none).
     */
    public record Profile(String username, String name, String email, List<String> roles, String storedName) {
    }
}
