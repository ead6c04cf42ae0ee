package com.regimen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityBenchTest {
    @Test
    void theCompactFormsSlotsAreEveryStartOfEveryPractitionerOfEveryDay() throws Exception {
        var compact = new ObjectMapper().readTree("""
                {"days": [
                  {"date": "2026-12-01", "practitioners": [
                    {"practitionerId": "a", "starts": ["2026-12-01T06:00:00Z", "2026-12-01T06:15:00Z"]},
                    {"practitionerId": "b", "starts": ["2026-12-01T06:00:00Z"]}]},
                  {"date": "2026-12-02", "practitioners": []},
                  {"date": "2026-12-03", "practitioners": [
                    {"practitionerId": "a", "starts": ["2026-12-03T06:00:00Z", "2026-12-03T07:00:00Z",
                      "2026-12-03T08:00:00Z"]}]}]}
                """);
        assertThat(AvailabilityBench.startsIn(compact)).isEqualTo(6);
        assertThat(AvailabilityBench.startsIn(new ObjectMapper().readTree("{\"days\": []}"))).isZero();
    }
}
