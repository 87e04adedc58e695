package dev.pitchnight.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.rsvp.TicketTokens;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkTest {

    @Inject
    TestData data;

    @Inject
    TicketTokens tokens;

    @Inject
    NetworkData rows;

    Event night;

    @BeforeEach
    void aliceAndBobHaveSeats() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Networking Night", 10, 0);
        for (String user : List.of("alice", "bob")) {
            given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON).body("{}")
                    .put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        }
    }

    String page() {
        return "/events/" + night.id + "/network";
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    void publish(String user, String name, String company, String... lookingFor) {
        Map<String, Object> fields = new HashMap<>(Map.of("name", name, "role", "CEO", "company", company,
                "link", "https://example.com/" + user, "email", user + "@example.com"));
        if (lookingFor.length > 0) {
            fields.put("lookingFor[]", List.of(lookingFor));
        }
        Response answer = Forms.post(user, page(), page() + "/card", fields);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(303);
    }

    @Test
    void cardsAreOptInAndSeenOnlyByPeopleAtTheNightWhoPublishedOne() {
        publish("alice", "Alice Founder", "Acme Robotics", "INVESTORS", "HIRING");
        assertThat(cards()).extracting(card -> card.username + ":" + card.lookingFor)
                .containsExactly("alice:INVESTORS,HIRING");

        // bob has a seat but no card yet: he sees the opt-in form, not alice's card.
        as("bob").get(page()).then().statusCode(200).body(containsString("Share a card for this night"))
                .body(not(containsString("Alice Founder")));
        // sam has no seat: nothing about the night's people.
        as("sam").get(page()).then().statusCode(403).body(not(containsString("Alice Founder")));

        publish("bob", "Bob Builder", "Bob & Co");
        as("bob").get(page()).then().statusCode(200).body(containsString("Alice Founder"))
                .body(containsString("Acme Robotics")).body(containsString("investors"))
                .body(containsString("Connect with Alice Founder"));
    }

    @Test
    void aTapConnectsBothSidesOnceAndEachGetsTheOthersCard() {
        publish("alice", "Alice Founder", "Acme Robotics");
        publish("bob", "Bob Builder", "Bob & Co");
        Forms.post("bob", page(), page() + "/connect", Map.of("username", "alice")).then().statusCode(303);
        // alice taps back at the same time: still one connection.
        Forms.post("alice", page(), page() + "/connect", Map.of("username", "bob")).then().statusCode(303);
        assertThat(connections()).singleElement().satisfies(row -> {
            assertThat(row.firstUser).isEqualTo("alice");
            assertThat(row.secondUser).isEqualTo("bob");
            assertThat(row.initiatedBy).isEqualTo("bob");
        });

        as("alice").get("/contacts").then().statusCode(200).body(containsString("Bob Builder"))
                .body(containsString("Bob &amp; Co")).body(containsString("Met at Networking Night"));
        as("bob").get("/contacts").then().statusCode(200).body(containsString("Alice Founder"));
        as("sam").get("/contacts").then().statusCode(200).body(not(containsString("Alice Founder")))
                .body(not(containsString("Bob Builder")));
    }

    @Test
    void scanningTheOthersCodeConnectsAndAForgedCodeDoesNot() {
        publish("alice", "Alice Founder", "Acme Robotics");
        publish("bob", "Bob Builder", "Bob & Co");
        NetworkCard alices = cards().stream().filter(card -> card.username.equals("alice")).findFirst().orElseThrow();
        String code = tokens.sign("connect", alices.id);

        as("bob").get(page() + "/connect/" + code).then().statusCode(200).body(containsString("Connect with Alice Founder"));
        assertThat(connections()).isEmpty(); // looking changes nothing
        Forms.post("bob", page(), page() + "/connect/" + code, Map.of()).then().statusCode(303);
        assertThat(connections()).hasSize(1);

        // A ticket token is signed for another purpose; a made-up one is not signed at all.
        String ticketLike = tokens.ticket(alices.id);
        as("bob").get(page() + "/connect/" + ticketLike).then().statusCode(404);
        as("bob").get(page() + "/connect/" + alices.id + ".AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
    }

    @Test
    void vCardsPerContactAndForAllAreOnlyTheOwners() {
        publish("alice", "Alice Founder", "Acme Robotics", "COFOUNDER");
        publish("bob", "Bob Builder", "Bob & Co");
        Forms.post("bob", page(), page() + "/connect", Map.of("username", "alice")).then().statusCode(303);
        long id = connections().get(0).id;

        String one = as("bob").get("/contacts/" + id + ".vcf").then().statusCode(200)
                .contentType(containsString("text/vcard")).extract().asString();
        VCard alice = Ezvcard.parse(one).first();
        assertThat(alice.getFormattedName().getValue()).isEqualTo("Alice Founder");
        assertThat(alice.getOrganization().getValues()).containsExactly("Acme Robotics");
        assertThat(alice.getUrls().get(0).getValue()).isEqualTo("https://example.com/alice");
        assertThat(alice.getEmails().get(0).getValue()).isEqualTo("alice@example.com");
        assertThat(alice.getNotes().get(0).getValue()).contains("Networking Night").contains("cofounder");

        List<VCard> all = Ezvcard.parse(as("alice").get("/contacts/all.vcf").then().statusCode(200).extract().asString()).all();
        assertThat(all).extracting(card -> card.getFormattedName().getValue()).containsExactly("Bob Builder");

        as("sam").get("/contacts/" + id + ".vcf").then().statusCode(404);
        given().redirects().follow(false).get("/contacts/" + id + ".vcf").then().statusCode(302);
    }

    @Test
    void aWithdrawnCardLeavesTheListAndTheContacts() {
        publish("alice", "Alice Founder", "Acme Robotics");
        publish("bob", "Bob Builder", "Bob & Co");
        Forms.post("bob", page(), page() + "/connect", Map.of("username", "alice")).then().statusCode(303);
        Forms.post("alice", page(), page() + "/card/withdraw", Map.of()).then().statusCode(303);

        as("bob").get(page()).then().body(not(containsString("Alice Founder")));
        as("bob").get("/contacts").then().body(not(containsString("Alice Founder")))
                .body(containsString("taken their card down"));
    }

    @Test
    void badCardInputIsRefusedAndWritesNothing() {
        Forms.post("alice", page(), page() + "/card", Map.of("name", "Alice", "link", "javascript:alert(1)"))
                .then().statusCode(400).body(containsString("web address"));
        Forms.post("alice", page(), page() + "/card", Map.of("name", " "))
                .then().statusCode(400).body(containsString("name"));
        Forms.post("alice", page(), page() + "/card", Map.of("name", "Alice", "lookingFor[]", "WORLD_PEACE"))
                .then().statusCode(400);
        assertThat(cards()).isEmpty();
        // Connecting needs a card of one's own first.
        Forms.post("alice", page(), page() + "/connect", Map.of("username", "bob")).then().statusCode(409);
    }

    List<NetworkCard> cards() {
        return rows.cards(night.id);
    }

    List<NetworkConnection> connections() {
        return rows.connections(night.id);
    }
}
