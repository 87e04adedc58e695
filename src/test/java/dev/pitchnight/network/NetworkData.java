package dev.pitchnight.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the networking rows the tests assert on. */
@ApplicationScoped
public class NetworkData {

    @Transactional
    public List<NetworkCard> cards(long eventId) {
        return NetworkCard.list("eventId = ?1 order by id", eventId);
    }

    @Transactional
    public List<NetworkConnection> connections(long eventId) {
        return NetworkConnection.list("eventId = ?1 order by id", eventId);
    }
}
