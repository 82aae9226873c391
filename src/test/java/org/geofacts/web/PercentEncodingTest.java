package org.geofacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void wellFormedEscapesPass() {
        assertThat(PercentEncoding.isWellFormed("/quotes?speaker=Putin")).isTrue();
        assertThat(PercentEncoding.isWellFormed("/quotes?speaker=vladimir%20putin&q=%E2%80%9Cagresi%E2%80%9D")).isTrue();
        assertThat(PercentEncoding.isWellFormed("/search?q=%c3%a9")).as("lower-case hex").isTrue();
        assertThat(PercentEncoding.isWellFormed("/search?q=Bogor\u00e9%20x")).as("raw non-ASCII next to an escape").isTrue();
    }

    @Test
    void brokenEscapesFail() {
        assertThat(PercentEncoding.isWellFormed("/quotes?cursor=%%%garbage")).isFalse();
        assertThat(PercentEncoding.isWellFormed("/quotes?speaker=%")).as("cut off at the end").isFalse();
        assertThat(PercentEncoding.isWellFormed("/quotes?speaker=%4")).isFalse();
        assertThat(PercentEncoding.isWellFormed("/countries/%zz")).isFalse();
        assertThat(PercentEncoding.isWellFormed("/search?q=%C3%28")).as("not UTF-8").isFalse();
        assertThat(PercentEncoding.isWellFormed("/search?q=%ED%A0%80")).as("an encoded surrogate").isFalse();
    }
}
