package jp.medsec.lms.bench.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by processes, from Linux's /proc (clock ticks of 10 ms), to say where a submission's time goes:
 * in the server, in PostgreSQL's backends for the benchmark's database, or in this client. Zero where /proc is absent.
 */
final class CpuTime {

    private static final long MS_PER_TICK = 10;

    private CpuTime() {
    }

    /** CPU time in ms used by the server, PostgreSQL's backends of the benchmark's database, this client, and everything. */
    record Use(long server, long database, long client, long machine) {

        /** Now; serverPid 0 when no server runs, database null on Derby (it runs inside the server or this client). */
        static Use now(long serverPid, String database) {
            return new Use(serverPid == 0 ? 0 : ofProcess(serverPid), database == null ? 0 : ofPostgresBackends(database),
                    ofProcess(ProcessHandle.current().pid()), ofMachine());
        }

        Use since(Use before) {
            return new Use(server - before.server, database - before.database, client - before.client,
                    machine - before.machine);
        }

        /** Cores that other processes (other builds on a shared machine) kept busy meanwhile. */
        double otherCores(double seconds) {
            return Math.max(0, machine - server - database - client) / (seconds * 1000);
        }

        String perRequest(int requests, double seconds) {
            double n = requests;
            return String.format("%.1f ms in the server, %s%.1f ms in this client; other processes kept %.2f cores busy",
                    server / n, database > 0 ? String.format("%.1f ms in PostgreSQL, ", database / n) : "", client / n,
                    otherCores(seconds));
        }
    }

    static long ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // After the command name in parentheses: state is field 3, utime and stime are fields 14 and 15.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** CPU time the whole machine has been busy (all cores, all processes), from the first line of /proc/stat. */
    static long ofMachine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            // cpu user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
            long busy = 0;
            for (int i = 1; i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
            }
            return busy * MS_PER_TICK;
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    /** PostgreSQL backends serving {@code database}: their process titles read "postgres: … user database host …". */
    static long ofPostgresBackends(String database) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).mapToLong(p -> {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    return cmd.startsWith("postgres: ") && cmd.contains(" " + database + " ")
                            ? ofProcess(Long.parseLong(p.getFileName().toString())) : 0;
                } catch (IOException | RuntimeException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
