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
