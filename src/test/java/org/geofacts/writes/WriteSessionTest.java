package org.geofacts.writes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.support.Writes.curatorPatch;
import static org.geofacts.support.Writes.etag;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import jakarta.inject.Inject;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a committed write leaves behind: a notification naming the kinds it changed, for the other
 * instances, and no complaint from the connection pool.
 */
@QuarkusTest
class WriteSessionTest extends ApiTest {

    private static final String QUOTE = "/quotes/quote-putin-hostile";

    @Inject
    AgroalDataSource database;

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
}
