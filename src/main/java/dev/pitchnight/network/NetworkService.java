package dev.pitchnight.network;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.checkin.QrImage;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.rsvp.RsvpService;
import dev.pitchnight.rsvp.TicketTokens;
import dev.pitchnight.web.Refusal;
import dev.pitchnight.web.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Networking at a night, with privacy as the first rule: a card is published only by its
 * owner (opt-in), only people with a seat at that night who published a card themselves see
 * the night's cards, and after the night a card is visible only to the people its owner
 * connected with. A connection is mutual: whoever starts it, both get the other's card.
 */
@ApplicationScoped
@Transactional
public class NetworkService {

    static final String CONNECT = "connect";

    /** What the card form posts. */
    public record CardInput(String name, String role, String company, String link, String email, List<String> lookingFor) {
    }

    /** The night's page: the viewer's card (if any), its QR code, and the other cards. */
    public record NightNetwork(Event event, NetworkCard mine, QrImage qr, String connectUrl, List<Person> others) {
        public List<String> lookingForChoices() {
            return Arrays.stream(NetworkCard.LookingFor.values()).map(Enum::name).toList();
        }
    }

    /** Another person's card on the night's list, and whether the viewer is connected with them. */
    public record Person(NetworkCard card, boolean connected) {
    }

    /** A contact: whom, met where, and their card (null when they withdrew it). */
    public record Contact(long id, String username, long eventId, String eventTitle, Instant since, NetworkCard card) {
    }

    /** What a connection shares of someone's card with a startup's report: who, and where to find them. */
    public record SharedCard(String name, String role, String company, String link, Instant since) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final TicketTokens tokens;
    private final EventService events;
    private final RsvpService rsvps;
    private final String baseUrl;

    NetworkService(EntityManager em, Clock clock, TicketTokens tokens, EventService events, RsvpService rsvps,
                   SiteConfig site) {
        this.em = em;
        this.clock = clock;
        this.tokens = tokens;
        this.events = events;
        this.rsvps = rsvps;
        this.baseUrl = site.address();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NightNetwork night(long eventId, Viewer viewer) {
        Event event = atTheNight(eventId, viewer);
        Optional<NetworkCard> mine = cardOf(eventId, viewer.username());
        if (mine.isEmpty()) {
            return new NightNetwork(event, null, null, null, List.of());
        }
        Set<String> connected = NetworkConnection.<NetworkConnection>list("eventId = ?1 and (firstUser = ?2 or secondUser = ?2)",
                        eventId, viewer.username()).stream()
                .map(connection -> connection.other(viewer.username())).collect(Collectors.toSet());
        List<Person> others = NetworkCard.<NetworkCard>list("eventId = ?1 and username <> ?2 order by name", eventId, viewer.username())
                .stream().map(card -> new Person(card, connected.contains(card.username))).toList();
        String url = connectUrl(mine.get());
        return new NightNetwork(event, mine.get(), QrImage.of(url), url, others);
    }

    /** Publishes or updates the viewer's card for the night. */
    public NetworkCard saveCard(long eventId, CardInput input, Viewer viewer) {
        atTheNight(eventId, viewer);
        Map<String, Refusal.Text> errors = new LinkedHashMap<>();
        String name = text(input.name(), 120, "name", errors, true);
        String role = text(input.role(), 120, "role", errors, false);
        String company = text(input.company(), 120, "company", errors, false);
        String link = text(input.link(), 500, "link", errors, false);
        if (link != null && !isWebLink(link)) {
            errors.put("link", (NetworkRefusals.Words) m -> m.network_web_link());
        }
        String email = text(input.email(), 320, "email", errors, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", (NetworkRefusals.Words) m -> m.network_not_an_email());
        }
        List<String> wanted = new ArrayList<>();
        for (String item : input.lookingFor() == null ? List.<String>of() : input.lookingFor()) {
            if (item == null || item.isBlank()) {
                continue;
            }
            try {
                String value = NetworkCard.LookingFor.valueOf(item.strip().toUpperCase()).name();
                if (!wanted.contains(value)) {
                    wanted.add(value);
                }
            } catch (IllegalArgumentException unknown) {
                errors.put("lookingFor", (NetworkRefusals.Words) m -> m.network_looking_for_choices());
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Instant now = clock.instant();
        NetworkCard card = cardOf(eventId, viewer.username()).orElseGet(() -> {
            NetworkCard fresh = new NetworkCard();
            fresh.eventId = eventId;
            fresh.username = viewer.username();
            fresh.createdAt = now;
            return fresh;
        });
        card.name = name;
        card.role = role;
        card.company = company;
        card.link = link;
        card.email = email;
        card.lookingFor = String.join(",", wanted);
        card.updatedAt = now;
        if (card.id == null) {
            card.persist();
        }
        return card;
    }

    /** Takes the viewer's card off the night: nobody sees it any more, contacts included. */
    public void withdrawCard(long eventId, Viewer viewer) {
        atTheNight(eventId, viewer);
        NetworkCard.delete("eventId = ?1 and username = ?2", eventId, viewer.username());
    }

    /** The person whose card QR code the viewer scanned (for the confirmation page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkCard scanned(long eventId, String code, Viewer viewer) {
        atTheNight(eventId, viewer);
        OptionalLong cardId = tokens.verify(CONNECT, code);
        NetworkCard card = cardId.isEmpty() ? null : NetworkCard.findById(cardId.getAsLong());
        if (card == null || card.eventId != eventId) {
            throw NetworkRefusals.notFound(m -> m.network_bad_code());
        }
        return card;
    }

    /** Connects the viewer with the owner of a scanned card code. */
    public NetworkConnection connectByCode(long eventId, String code, Viewer viewer) {
        NetworkCard card = scanned(eventId, code, viewer);
        return connect(eventId, card.username, viewer);
    }

    /** Connects the viewer with someone on the night's list (by a tap). */
    public NetworkConnection connect(long eventId, String username, Viewer viewer) {
        atTheNight(eventId, viewer);
        if (cardOf(eventId, viewer.username()).isEmpty()) {
            throw NetworkRefusals.conflict(m -> m.network_no_card_title(), m -> m.network_no_card());
        }
        if (username == null || username.equals(viewer.username())) {
            throw NetworkRefusals.invalid("username", m -> m.network_not_yourself());
        }
        if (cardOf(eventId, username).isEmpty()) {
            throw NetworkRefusals.notFound(m -> m.network_no_such_card());
        }
        String first = username.compareTo(viewer.username()) < 0 ? username : viewer.username();
        String second = first.equals(username) ? viewer.username() : username;
        // Both tapping at once: the unique key keeps one row, and the insert changes nothing the second time.
        em.createNativeQuery("INSERT INTO network_connections (event_id, first_user, second_user, initiated_by, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, eventId).setParameter(2, first).setParameter(3, second)
                .setParameter(4, viewer.username()).setParameter(5, clock.instant())
                .executeUpdate();
        return NetworkConnection.<NetworkConnection>find("eventId = ?1 and firstUser = ?2 and secondUser = ?3",
                eventId, first, second).firstResult();
    }

    /** Everyone the viewer connected with, newest first, with the cards they still publish. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> contacts(Viewer viewer) {
        String me = viewer.username();
        List<NetworkConnection> connections = NetworkConnection.list(
                "firstUser = ?1 or secondUser = ?1 order by createdAt desc, id desc", me);
        Map<Long, String> titles = new HashMap<>();
        List<Contact> contacts = new ArrayList<>();
        for (NetworkConnection connection : connections) {
            String other = connection.other(me);
            String title = titles.computeIfAbsent(connection.eventId,
                    id -> Event.<Event>findByIdOptional(id).map(event -> event.title).orElse(""));
            contacts.add(new Contact(connection.id, other, connection.eventId, title, connection.createdAt,
                    cardOf(connection.eventId, other).orElse(null)));
        }
        return contacts;
    }

    /**
     * The cards of the people {@code username} connected with at one night, in the order they
     * connected; someone who has since taken their card down is left out, as on the contacts
     * page. These cards are {@code username}'s to see and nobody else's: the caller must only
     * show them to that person.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SharedCard> cardsConnectedWith(long eventId, String username) {
        List<SharedCard> cards = new ArrayList<>();
        for (NetworkConnection connection : NetworkConnection.<NetworkConnection>list(
                "eventId = ?1 and (firstUser = ?2 or secondUser = ?2) order by createdAt, id", eventId, username)) {
            cardOf(eventId, connection.other(username)).ifPresent(card ->
                    cards.add(new SharedCard(card.name, card.role, card.company, card.link, connection.createdAt)));
        }
        return cards;
    }

    /** One contact of the viewer's; someone else's connection is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact contact(long connectionId, Viewer viewer) {
        return contacts(viewer).stream().filter(contact -> contact.id() == connectionId).findFirst()
                .orElseThrow(() -> NetworkRefusals.notFound(m -> m.network_no_contact()));
    }

    private String connectUrl(NetworkCard card) {
        return baseUrl + "/events/" + card.eventId + "/network/connect/" + tokens.sign(CONNECT, card.id);
    }

    private static Optional<NetworkCard> cardOf(long eventId, String username) {
        return NetworkCard.find("eventId = ?1 and username = ?2", eventId, username).firstResultOptional();
    }

    /** The night, if the viewer has a seat at it (organizers too need one to network). */
    private Event atTheNight(long eventId, Viewer viewer) {
        Event event = events.publicEvent(eventId)
                .orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(eventId)));
        if (!rsvps.hasSeat(eventId, viewer.username())) {
            throw NetworkRefusals.forbidden(m -> m.network_seated_only(event.title));
        }
        return event;
    }

    private static String text(String value, int max, String field, Map<String, Refusal.Text> errors, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                errors.put(field, (Refusal.Words) m -> m.required());
            }
            return null;
        }
        if (stripped.length() > max) {
            errors.put(field, (Refusal.Words) m -> m.at_most_characters(max));
        }
        return stripped;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
