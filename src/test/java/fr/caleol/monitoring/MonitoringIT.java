package fr.caleol.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.ui.LiveSittingView;
import fr.caleol.demo.DemoAccounts;
import fr.caleol.security.domain.Role;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a monitoring system and a load balancer read from the actuator, and who may read it. */
class MonitoringIT extends KaribuTest {

    @Autowired CommitteeFixtures fixtures;
    @Autowired MinutesFixtures minutesFixtures;
    @Autowired LiveVoting voting;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long pushes() {
        Timer timer = meters.find("caleol.push.latency").tag("event", "SittingChangedEvent").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void after_a_ballot_seen_on_an_open_screen_the_admin_scrapes_the_ballot_and_push_meters() throws Exception {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        VoteRound round = minutesFixtures.openVote(s);
        openAs(s.president(), Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(LiveSittingView.class,
                new RouteParameters("sittingId", String.valueOf(s.sittingId())));
        long pushesBefore = pushes();

        TestUsers.actAs(s.mayor(), Role.COMMITTEE_MEMBER);
        voting.castBallot(round.getId(), BallotChoice.FOR);
        awaitUi(() -> pushes() > pushesBefore);
        assertThat(pushes()).as("the president's open screen was updated").isGreaterThan(pushesBefore);

        HttpResponse<String> scrape = get("/actuator/prometheus", "admin");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("(?m)^caleol_ballots_total\\{[^}]*} [1-9]")
                .containsPattern("(?m)^caleol_push_latency_seconds_count\\{[^}]*event=\"SittingChangedEvent\"[^}]*} [1-9]")
                .contains("caleol_ui_connected")
                .contains("caleol_events_total");
    }

    @Test
    void metrics_are_refused_to_anonymous_callers_and_to_members_but_health_is_open() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "membre").statusCode()).isEqualTo(403);
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void info_says_the_version_and_every_response_carries_a_request_id() throws Exception {
        HttpResponse<String> info = get("/actuator/info", "admin");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"").contains("\"version\":\"0.1.0-SNAPSHOT\"");
        assertThat(info.headers().firstValue("X-Request-Id")).isPresent();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Test
    void the_container_health_check_says_ready_on_a_running_node_and_not_on_a_closed_port() throws Exception {
        assertThat(run("bash", "docker/healthcheck.sh", "127.0.0.1", String.valueOf(port))).isZero();
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(run("bash", "docker/healthcheck.sh", "127.0.0.1", String.valueOf(closed))).isNotZero();
    }

    @Test
    void every_page_says_what_it_may_load_and_never_leaks_its_address_or_asks_for_the_camera() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
