package jp.medsec.lms.bench.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The database the benchmark's server uses: embedded Derby in its own folder under target/, or its own PostgreSQL
 * database, made empty before the server starts. Derby can be opened by one JVM at a time, so the benchmark
 * opens it only while the server is stopped; PostgreSQL's statistics are read beside the running server.
 */
abstract sealed class Database implements AutoCloseable {

    static Database of(BenchConfig c) {
        return c.db().equals("derby") ? new Derby(c.derbyDir()) : new Postgres(c);
    }

    /** Makes the database empty (the server creates its tables and seeds its content at start). */
    abstract void recreate() throws SQLException;

    abstract Connection connect() throws SQLException;

    /** Committed transactions of the database so far, where the database counts them. */
    abstract OptionalLong commits() throws SQLException;

    abstract String clobType();

    abstract String doubleType();

    abstract boolean isPostgres();

    String describe() throws SQLException {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    static final class Derby extends Database {

        private final Path dir;

        Derby(Path dir) {
            this.dir = dir;
        }

        @Override
        void recreate() {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The server's database, with the engine's default settings as the server uses it (only when it is stopped). */
        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:derby:" + dir);
        }

        @Override
        OptionalLong commits() {
            return OptionalLong.empty();
        }

        @Override
        String clobType() {
            return "CLOB";
        }

        @Override
        String doubleType() {
            return "DOUBLE";
        }

        @Override
        boolean isPostgres() {
            return false;
        }

        /** Shuts the engine down cleanly, so the files are consistent and the folder can be deleted. */
        @Override
        public void close() {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // XJ015: Derby reports a successful shutdown as an exception
            }
        }
    }

    static final class Postgres extends Database {

        private final BenchConfig c;

        Postgres(BenchConfig c) {
            this.c = c;
        }

        private Connection admin() throws SQLException {
            return DriverManager.getConnection(url("postgres"), c.pgUser(), "");
        }

        private String url(String database) {
            return "jdbc:postgresql://" + c.pgHost() + ":" + c.pgPort() + "/" + database;
        }

        @Override
        void recreate() throws SQLException {
            try (Connection a = admin(); Statement s = a.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS \"" + c.pgDatabase() + "\" WITH (FORCE)");
                s.execute("CREATE DATABASE \"" + c.pgDatabase() + "\" ENCODING 'UTF8' TEMPLATE template0");
            }
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(c.pgDatabase()), c.pgUser(), "");
        }

        /** pg_stat_database.xact_commit, read from another database so that reading it adds no commit here. */
        @Override
        OptionalLong commits() throws SQLException {
            try (Connection a = admin(); var s = a.prepareStatement("SELECT xact_commit FROM pg_stat_database WHERE datname = ?")) {
                s.setString(1, c.pgDatabase());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
                }
            }
        }

        @Override
        String clobType() {
            return "TEXT";
        }

        @Override
        String doubleType() {
            return "DOUBLE PRECISION";
        }

        @Override
        boolean isPostgres() {
            return true;
        }

        @Override
        public void close() throws SQLException {
            if (!c.keepDatabase()) {
                try (Connection a = admin(); Statement s = a.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS \"" + c.pgDatabase() + "\" WITH (FORCE)");
                }
            }
        }
    }
}
