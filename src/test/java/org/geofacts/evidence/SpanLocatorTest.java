package org.geofacts.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanLocatorTest {

    @Test
    void countsOffsetsInCodePointsNotUtf16Units() {
        // The emoji before the span is two UTF-16 units but one code point.
        SpanLocator locator = new SpanLocator("doc", "a\uD83D\uDE00 Pyongyang b");
        LocatedSpan span = locator.locate("Pyongyang", null);
        assertThat(span.start()).isEqualTo(3);
        assertThat(span.end()).isEqualTo(12);
        assertThat(locator.slice(span.start(), span.end())).isEqualTo("Pyongyang");
        assertThat(span.prefix()).isEqualTo("a\uD83D\uDE00 ");
        assertThat(span.suffix()).isEqualTo(" b");
    }

    @Test
    void keepsAtMostThirtyTwoCodePointsOfContext() {
        String text = "x".repeat(50) + "TARGET" + "y".repeat(50);
        LocatedSpan span = new SpanLocator("doc", text).locate("TARGET", null);
        assertThat(span.prefix()).hasSize(SpanLocator.CONTEXT);
        assertThat(span.suffix()).hasSize(SpanLocator.CONTEXT);
    }

    @Test
    void repeatedTextNeedsAnOccurrence() {
        SpanLocator locator = new SpanLocator("doc", "Rusia dan Rusia");
        assertThatThrownBy(() -> locator.locate("Rusia", null))
                .isInstanceOf(SpanNotFoundException.class).hasMessageContaining("occurs 2 times");
        assertThat(locator.locate("Rusia", 2).start()).isEqualTo(10);
        assertThatThrownBy(() -> locator.locate("Rusia", 3)).hasMessageContaining("occurrence 3 requested");
    }

    @Test
    void missingTextIsReportedWithTheText() {
        assertThatThrownBy(() -> new SpanLocator("doc", "abc").locate("Seoul", null))
                .isInstanceOf(SpanNotFoundException.class).hasMessageContaining("\"Seoul\"");
    }

    @Test
    void aStoredSpanIsNamedBackByTheOccurrenceThatLocatesIt() {
        // An emoji first, so code-point and UTF-16 offsets differ.
        SpanLocator locator = new SpanLocator("doc", "\uD83D\uDE00 Rusia dan Rusia, sekali Korea");
        for (int occurrence : new int[] {1, 2}) {
            LocatedSpan span = locator.locate("Rusia", occurrence);
            assertThat(locator.occurrenceAt("Rusia", span.start())).isEqualTo(occurrence);
        }
        assertThat(locator.occurrenceAt("Korea", locator.locate("Korea", null).start())).isNull();
    }
}
