package fr.caleol.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One participant without a browser: it logs in through the login form, opens a Vaadin route as the browser's
 * client engine does (the init request, the push WebSocket with Atmosphere's protocol, the navigation event) and
 * then receives the server's pushes, each handed whole to a listener with the time it arrived.
 *
 * <p>What it speaks, as Vaadin Flow 25's client does: {@code GET /?v-r=init&location=...} answers the UI id, the
 * CSRF token and the push id; the WebSocket {@code /VAADIN/push?v-r=push&v-uiId=..&v-pushId=..} with
 * {@code X-atmo-protocol} and {@code TrackMessageSize} receives messages framed {@code <length>|<message>}, the
 * first one Atmosphere's handshake; {@code POST /?v-r=uidl} carries the {@code ui-navigate} event (then a second
 * request, as the browser's engine sends one after the first render); and
 * {@code POST /?v-r=heartbeat} keeps the UI alive.
 */
final class VaadinClient implements AutoCloseable {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    /** A message pushed by the server, as received. */
    record Pushed(String text, long receivedAtMicros) {}

    private final HttpClient http;
    private final URI base;
    private final String username;
    private final AtomicLong bytesReceived = new AtomicLong();
    private String session;
    private String csrfToken;
    private int uiId;
    private boolean productionMode;
    private WebSocket socket;

    VaadinClient(HttpClient http, URI base, String username) {
        this.http = http;
        this.base = base;
        this.username = username;
    }

    String username() {
        return username;
    }

    /** Whether the server said, on opening, that it runs in production mode. */
    boolean productionMode() {
        return productionMode;
    }

    long bytesReceived() {
        return bytesReceived.get();
    }

    void resetBytes() {
        bytesReceived.set(0);
    }

    void logIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(get("login"), HttpResponse.BodyHandlers.ofString());
        session = cookie(form).orElseThrow(() -> new IOException("no session from the login page"));
        String csrf = find(CSRF_META, form.body(), "the login form's CSRF token");
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IOException("login of " + username + " refused: " + posted.statusCode() + " " + location);
        }
        session = cookie(posted).orElse(session);
    }

    /**
     * Opens a route in a new UI and connects its push; returns once the route's first render has arrived (it
     * contains {@code expected}).
     */
    void open(String route, String expected, Consumer<Pushed> listener) throws Exception {
        HttpResponse<String> init = http.send(get("?v-r=init&location=" + encode(route) + "&query="),
                HttpResponse.BodyHandlers.ofString());
        uiId = Integer.parseInt(find(UI_ID, init.body(), "the UI id"));
        productionMode = init.body().contains("\"productionMode\":true");
        csrfToken = find(SECURITY_KEY, init.body(), "the UI's security key");
        String pushId = find(PUSH_ID, init.body(), "the push id");
        CompletableFuture<Void> handshake = new CompletableFuture<>();
        socket = http.newWebSocketBuilder().header("Cookie", "JSESSIONID=" + session)
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                        + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                        + "&X-Vaadin-LastSeenServerSyncId=0"), new Frames(handshake, listener))
                .get(30, TimeUnit.SECONDS);
        handshake.get(30, TimeUnit.SECONDS);
        String navigate = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"CALEOL\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains(expected)) {
            throw new IOException(username + " could not open " + route + ": " + view.statusCode() + " "
                    + view.body().substring(0, Math.min(300, view.body().length())));
        }
        // The browser's engine answers the first render at once with the synchronised properties of the screen's
        // fields (the live screen's checkbox: "checked-changed"), a second small request. It matters for memory:
        // until a UI's next request, the server keeps its last response (the whole first render, about 100 KB).
        String syncId = find(SYNC_ID, view.body(), "the sync id");
        String properties = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId
                + ",\"clientId\":1}";
        HttpResponse<String> synced = http.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(properties)).build(), HttpResponse.BodyHandlers.ofString());
        if (synced.statusCode() != 200) {
            throw new IOException(username + ": the request after the first render was refused: " + synced.statusCode());
        }
    }

    /** Tells the server the UI is still there (the browser does so every heartbeat interval). */
    void heartbeat() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    private HttpRequest get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "fr-FR");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return request.GET().build();
    }

    private static java.util.Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    private static String find(Pattern pattern, String text, String what) throws IOException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IOException("no " + what + " in " + text.substring(0, Math.min(200, text.length())));
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Reassembles Atmosphere's {@code <length>|<message>} frames; the first message is the handshake. */
    private final class Frames implements WebSocket.Listener {
        private final CompletableFuture<Void> handshake;
        private final Consumer<Pushed> listener;
        private final StringBuilder buffer = new StringBuilder();

        Frames(CompletableFuture<Void> handshake, Consumer<Pushed> listener) {
            this.handshake = handshake;
            this.listener = listener;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long at = nowMicros();
            bytesReceived.addAndGet(data.toString().getBytes(StandardCharsets.UTF_8).length);
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length = Integer.parseInt(buffer.substring(0, bar).trim());
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                if (!handshake.isDone()) {
                    handshake.complete(null);
                } else {
                    listener.accept(new Pushed(message, at));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            handshake.completeExceptionally(error);
        }
    }

    static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
