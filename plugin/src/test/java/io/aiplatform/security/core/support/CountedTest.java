package io.aiplatform.security.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertEquals("1 service", Counted.of(1, "service"));
        assertEquals("0 services", Counted.of(0, "service"));
        assertEquals("17 connections", Counted.of(17, "connection"));
    }
}
