package com.regimen.core.messages;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {
    private static final List<String> ZONES = List.of("Asia/Riyadh", "Asia/Dubai", "Europe/London",
            "America/New_York", "Asia/Kolkata", "Pacific/Chatham");

    @Test
    void theDefaultHoursDeferANightMessageToEightInTheLocationsZone() {
        QuietHours quiet = MessageSettings.DEFAULT.quietHours();
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        // 00:30 UTC is 03:30 in Riyadh.
        assertThat(quiet.deferral(Instant.parse("2027-01-10T00:30:00Z"), riyadh))
                .contains(Instant.parse("2027-01-10T05:00:00Z"));
        // 21:30 in Riyadh waits for 08:00 the next day.
        assertThat(quiet.deferral(Instant.parse("2027-01-10T18:30:00Z"), riyadh))
                .contains(Instant.parse("2027-01-11T05:00:00Z"));
        // 15:00 in Riyadh goes at once; 03:30 in Riyadh is 04:30 in Dubai, still quiet there.
        assertThat(quiet.deferral(Instant.parse("2027-01-10T12:00:00Z"), riyadh)).isEmpty();
        assertThat(quiet.deferral(Instant.parse("2027-01-10T00:30:00Z"), ZoneId.of("Asia/Dubai")))
                .contains(Instant.parse("2027-01-10T04:00:00Z"));
    }

    @Test
    void equalEndsMeanNoQuietHours() {
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).deferral(Instant.parse("2027-01-10T12:00:00Z"),
                ZoneId.of("UTC"))).isEmpty();
    }

    /**
     * Whatever the hours, zone and moment: a message that may go now is outside the quiet hours, and a
     * deferred one is moved to a later instant that is outside them, with every minute in between quiet.
     */
    @Property(tries = 2000)
    void aDeferralEndsTheQuietAndNeverFallsInsideIt(@ForAll("times") LocalTime from, @ForAll("times") LocalTime to,
                                                     @ForAll("instants") Instant now, @ForAll("zones") String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        QuietHours quiet = new QuietHours(from, to);
        Optional<Instant> deferral = quiet.deferral(now, zone);
        assertThat(inside(from, to, now.atZone(zone).toLocalTime())).isEqualTo(deferral.isPresent());
        deferral.ifPresent(until -> {
            assertThat(until).isAfter(now);
            assertThat(quiet.deferral(until, zone)).isEmpty();
            assertThat(until.atZone(zone).toLocalTime()).isEqualTo(to);
            assertThat(until).isBefore(now.plusSeconds(26 * 3600));
        });
    }

    /** Written independently of QuietHours: a minute is quiet when walking from "from" reaches it before "to". */
    private static boolean inside(LocalTime from, LocalTime to, LocalTime time) {
        if (from.equals(to)) {
            return false;
        }
        long span = Math.floorMod(to.toSecondOfDay() - from.toSecondOfDay(), 86_400);
        long offset = Math.floorMod(time.toSecondOfDay() - from.toSecondOfDay(), 86_400);
        return offset < span;
    }

    @Provide
    Arbitrary<LocalTime> times() {
        return Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2028-12-31T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZONES);
    }
}
