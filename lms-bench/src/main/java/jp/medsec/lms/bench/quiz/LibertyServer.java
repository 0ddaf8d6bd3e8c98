package jp.medsec.lms.bench.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's own Liberty server (created by the Liberty Maven plugin in prepare-package), started and stopped
 * here with the runtime's {@code server} script so that it stops also when a check fails or the run is interrupted.
 */
final class LibertyServer implements AutoCloseable {

    private final Path wlp;
    private final String name;
    private final Lms lms;
    private final Thread stopOnExit = new Thread(this::stop, "stop-liberty");
    private boolean running;

    LibertyServer(Path wlp, String name, Lms lms) {
        this.wlp = wlp;
        this.name = name;
        this.lms = lms;
    }

    /** Stops a server left running by an earlier, interrupted run (nothing happens if none is). */
    void stopLeftover() {
        script("stop");
    }

    /** Starts the server and waits until the LMS answers and its content is seeded. */
    void start() {
        // it-secrets.sh writes a new keystore password each run: the keystore of an earlier run could not be opened.
        Path keystore = wlp.resolve("usr/servers").resolve(name).resolve("resources/security/key.p12");
        try {
            Files.deleteIfExists(keystore);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + keystore, e);
        }
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        running = true;
        if (script("start") != 0) {
            throw new IllegalStateException("Liberty did not start; see " + log());
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(until)) {
            try {
                if (lms.session().get("/health/ready").status() == 200
                        && !lms.session().get("/api/tracks/STF").json().getJsonArray("courses").isEmpty()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused or the seed not yet written: wait
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("The LMS did not become ready within 5 minutes; see " + log());
    }

    /** The server's process id, as the runtime records it. */
    long pid() {
        try {
            return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).strip());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("no process id for server " + name, e);
        }
    }

    /** Starts a Java Flight Recorder recording in the server (for -Dbench.profile=true). */
    void startRecording() {
        jcmd("JFR.start", "name=bench", "settings=profile");
    }

    void stopRecording(Path file) {
        jcmd("JFR.stop", "name=bench", "filename=" + file);
    }

    private void jcmd(String... command) {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid())));
        args.addAll(List.of(command));
        run(args);
    }

    Path log() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    @Override
    public void close() {
        if (running) {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing to remove
            }
        }
    }

    private synchronized void stop() {
        if (running) {
            running = false;
            script("stop");
        }
    }

    private int script(String action) {
        return run(List.of(wlp.resolve("bin/server").toString(), action, name));
    }

    private static int run(List<String> command) {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
