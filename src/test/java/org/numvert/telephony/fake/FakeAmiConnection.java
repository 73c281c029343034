package org.numvert.telephony.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One client connection of the {@link FakeAmiServer}: reads actions on its own thread, answers
 * the login and the built-in actions, asks its responders about the rest, and lets a test push
 * raw messages ({@link #send}) or reset the connection ({@link #drop}).
 */
public final class FakeAmiConnection {
    /** Answers an action with raw messages, or declines (empty) so the next responder is asked. */
    public interface Responder extends Function<AmiMessage, Optional<String>> {
    }

    private final Socket socket;
    private final String secret;
    private final Consumer<FakeAmiConnection> onLogin;
    private final List<AmiMessage> actions = new CopyOnWriteArrayList<>();
    private final List<Responder> responders = new CopyOnWriteArrayList<>();
    private final List<Map.Entry<Predicate<AmiMessage>, CompletableFuture<AmiMessage>>> watches =
            new CopyOnWriteArrayList<>();
    private final OutputStream out;
    private String challenge;
    private volatile boolean loggedIn;
    private volatile boolean deaf;

    FakeAmiConnection(Socket socket, String secret, Consumer<FakeAmiConnection> onLogin) throws IOException {
        this.socket = socket;
        this.secret = secret;
        this.onLogin = onLogin;
        this.out = socket.getOutputStream();
        responders.add(ListResponses.emptyLists());
    }

    void start() {
        Thread reader = new Thread(this::readLoop, "fake-ami-conn-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
        send("Asterisk Call Manager/11.0.0\r\n");
    }

    /** Answers matching actions before the built-in empty-list answers; the latest added first. */
    public void respond(Responder responder) {
        responders.add(0, responder);
    }

    /** Writes raw AMI bytes (one or more complete messages) to the client. */
    public synchronized void send(String raw) {
        try {
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("fake AMI write failed: " + e.getMessage(), e);
        }
    }

    /** Resets the connection (TCP RST, no Logoff), as a crashed Asterisk or network would. */
    public void drop() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** Stops answering {@code Ping}: the connection is up but Asterisk no longer listens. */
    public void stopAnsweringPings() {
        deaf = true;
    }

    public boolean isLoggedIn() {
        return loggedIn;
    }

    /** Actions received after the login, in order. */
    public List<AmiMessage> actions() {
        return List.copyOf(actions);
    }

    /** Completes with the first action (from now on, or already received) matching {@code which}. */
    public CompletableFuture<AmiMessage> received(Predicate<AmiMessage> which) {
        CompletableFuture<AmiMessage> first = new CompletableFuture<>();
        watches.add(Map.entry(which, first));
        actions.stream().filter(which).findFirst().ifPresent(first::complete);
        return first;
    }

    public List<AmiMessage> actions(Predicate<AmiMessage> which) {
        return actions.stream().filter(which).toList();
    }

    void close() throws IOException {
        socket.close();
    }

    private void readLoop() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder block = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    block.append(line).append("\r\n");
                } else if (block.length() > 0) {
                    handle(AmiMessage.parse(block.append("\r\n").toString()));
                    block.setLength(0);
                }
            }
        } catch (IOException e) {
            loggedIn = false;
        }
    }

    private void handle(AmiMessage action) throws IOException {
        String id = action.actionId();
        switch (action.action().toLowerCase()) {
            case "challenge" -> {
                challenge = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
                send("Response: Success\r\nActionID: " + id + "\r\nChallenge: " + challenge + "\r\n\r\n");
            }
            case "login" -> login(action, id);
            case "coresettings" -> send(CORE_SETTINGS.replace("{id}", id));
            case "ping" -> {
                if (!deaf) {
                    send("Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\nTimestamp: 1795881901.000000\r\n\r\n");
                }
            }
            case "logoff" -> {
                send("Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                socket.close();
            }
            default -> answer(action);
        }
    }

    private void login(AmiMessage action, String id) {
        if (!md5(challenge + secret).equals(action.value("Key"))) {
            send("Response: Error\r\nActionID: " + id + "\r\nMessage: Authentication failed\r\n\r\n");
            return;
        }
        send("Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n");
        send("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 1\r\nLastReload: 1\r\nStatus: Fully Booted\r\n\r\n");
        loggedIn = true;
        onLogin.accept(this);
    }

    private void answer(AmiMessage action) {
        actions.add(action);
        watches.forEach(watch -> {
            if (watch.getKey().test(action)) {
                watch.getValue().complete(action);
            }
        });
        for (Responder responder : responders) {
            Optional<String> answer = responder.apply(action);
            if (answer.isPresent()) {
                if (!answer.get().isEmpty()) {
                    send(answer.get());
                }
                return;
            }
        }
        send("Response: Error\r\nActionID: " + action.actionId() + "\r\nMessage: Invalid/unknown command: "
                + action.action() + ". Use Action: ListCommands to show available commands.\r\n\r\n");
    }

    private static String md5(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String CORE_SETTINGS = "Response: Success\r\nActionID: {id}\r\nAMIversion: 11.0.0\r\n"
            + "AsteriskVersion: 22.10.1\r\nSystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\n"
            + "CoreRunUser: \r\nCoreRunGroup: \r\nCoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No\r\n"
            + "CoreCDRenabled: Yes\r\nCoreHTTPenabled: No\r\nSoundsSearchCustomDir: No\r\n\r\n";
}
