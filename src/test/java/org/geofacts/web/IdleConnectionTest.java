package org.geofacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** A client that sends half a request header and goes quiet loses its connection (production: 30 s; here 2 s). */
@QuarkusTest
@TestProfile(IdleConnectionTest.ShortIdleTimeout.class)
class IdleConnectionTest extends ApiTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @Test
    void aPartialRequestHeaderIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("GET /countries/RU HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read = in.read(); // blocks until the server closes (-1) or, without a timeout, the 15 s guard throws
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(read).as("the server closed the connection without answering").isEqualTo(-1);
            assertThat(waitedMillis).as("closed after about the idle timeout").isBetween(1_000L, 10_000L);
        }
    }
}
