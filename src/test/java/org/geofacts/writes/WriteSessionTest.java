package org.geofacts.writes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.support.Writes.curatorPatch;
import static org.geofacts.support.Writes.etag;
import static org.geofacts.support.Writes.feedEnd;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a committed write leaves behind: a notification naming the kinds it changed, for the other
 * instances, and no complaint from the connection pool; and what a write that cannot get its turn
 * gets: a 503 that says so, and nothing written.
 */
@QuarkusTest
class WriteSessionTest extends ApiTest {

    private static final String QUOTE = "/quotes/quote-putin-hostile";

    @Inject
    AgroalDataSource database;

    @Inject
    WriteSession session;

    @Inject
    EntityManager em;

    @Test
    void aCommittedEditNotifiesItsKindAndLeavesNoConnectionOpenAtCommit() throws Exception {
        List<LogRecord> poolWarnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (poolWarnings) {
                        poolWarnings.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger pool = Logger.getLogger("io.agroal");
        String before = given().get(QUOTE).then().statusCode(200).extract().path("text_en");
        try (Connection listening = database.getConnection()) {
            try (Statement statement = listening.createStatement()) {
                statement.execute("LISTEN " + WriteNotifications.CHANNEL);
            }
            pool.addHandler(capture);
            try {
                curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", before + " (session test)")).patch(QUOTE)
                        .then().statusCode(200);
                curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", before)).patch(QUOTE).then().statusCode(200);
            } finally {
                pool.removeHandler(capture);
            }

            List<String> payloads = new ArrayList<>();
            PGConnection notifications = listening.unwrap(PGConnection.class);
            for (int attempt = 0; attempt < 20 && payloads.size() < 2; attempt++) {
                PGNotification[] received = notifications.getNotifications(250);
                for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                    if (notification.getName().equals(WriteNotifications.CHANNEL)) {
                        payloads.add(notification.getParameter());
                    }
                }
            }
            try (Statement statement = listening.createStatement()) {
                statement.execute("UNLISTEN *");
            }
            assertThat(payloads).as("one notification per committed edit, naming the kind it changed").containsExactly("quote", "quote");
        }
        SimpleFormatter text = new SimpleFormatter();
        assertThat(poolWarnings).extracting(text::formatMessage).as("warnings of the connection pool during two edits").isEmpty();
    }

    @Test
    void aWriteThatWaitsTooLongForAnotherWritesLockGetsA503AndWritesNothing() throws Exception {
        String before = given().get(QUOTE).then().statusCode(200).extract().path("text_en");
        String feed = feedEnd();
        try (Connection otherWriter = database.getConnection(); Statement statement = otherWriter.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + WriteSession.WRITE_LOCK + ")");
            try {
                long started = System.nanoTime();
                curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", before + " (waited)")).patch(QUOTE)
                        .then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", equalTo("/problems/unavailable"))
                        .body("detail", equalTo("another write is in progress; retry shortly"));
                assertThat((System.nanoTime() - started) / 1_000_000).as("gave up before the statement timeout (3 s)").isLessThan(3_000);
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + WriteSession.WRITE_LOCK + ")");
            }
        }
        given().get(QUOTE).then().statusCode(200).body("text_en", equalTo(before));
        given().queryParam("since", feed).get("/changes").then().statusCode(200).body("items.size()", equalTo(0));

        curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", before + " (its turn)")).patch(QUOTE)
                .then().statusCode(200).body("text_en", equalTo(before + " (its turn)"));
        curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", before)).patch(QUOTE).then().statusCode(200);
    }

    @Test
    void aStartingInstanceWaitsForAnotherInstancesImportLongerThanARequestWouldThenHasTheUsualTimeouts() throws Exception {
        try (Connection importing = database.getConnection(); Statement statement = importing.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + WriteSession.WRITE_LOCK + ")");
            CompletableFuture<Boolean> released = CompletableFuture.supplyAsync(() -> unlock(statement),
                    CompletableFuture.delayedExecutor(3_500, TimeUnit.MILLISECONDS));
            long started = System.nanoTime();
            Object[] timeouts = QuarkusTransaction.requiringNew().call(() -> {
                session.beginWaiting("test:starting", Duration.ofSeconds(30));
                return (Object[]) em.createNativeQuery("select current_setting('lock_timeout'), current_setting('statement_timeout')")
                        .getSingleResult();
            });
            assertThat((System.nanoTime() - started) / 1_000_000).as("waited past both timeouts until the other import ended")
                    .isGreaterThanOrEqualTo(3_400);
            assertThat(released.get()).isTrue();
            assertThat(timeouts).as("the rest of the transaction runs with the connection's timeouts").containsExactly("2500ms", "3s");
        }
    }

    private static boolean unlock(Statement statement) {
        try (var result = statement.executeQuery("SELECT pg_advisory_unlock(" + WriteSession.WRITE_LOCK + ")")) {
            return result.next() && result.getBoolean(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
