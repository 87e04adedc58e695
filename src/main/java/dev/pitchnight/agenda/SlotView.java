package dev.pitchnight.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** An agenda item with its computed times (in the night's offset), as {@code /api} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlotView(long id, int position, AgendaItem.Kind kind, String title, OffsetDateTime startsAt,
                       OffsetDateTime endsAt, int minutes, Integer pitchMinutes, Integer qaMinutes, Long pitchId,
                       String company, String oneLiner) {
}
