package com.regimen.core.clearance;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClearanceTest {
    private static final Instant CLEARED = Instant.parse("2027-01-01T08:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-04-01T08:00:00Z");

    private static Clearance clearance(List<String> findings, Instant revokedAt) {
        return clearance(findings, Map.of(), revokedAt);
    }

    private static Clearance clearance(List<String> findings, Map<String, String> evidence, Instant revokedAt) {
        return new Clearance("c", "p", "exosome", findings, evidence, "s", "note", "dr", "Dr. Huda", "u", CLEARED,
                EXPIRES, revokedAt, null, null);
    }

    @Test
    void coversOnlyTheFindingsItNames() {
        Clearance diabetes = clearance(List.of("EXOSOME_DIABETES"), null);
        assertThat(diabetes.covers(List.of("EXOSOME_DIABETES"))).isTrue();
        assertThat(diabetes.covers(List.of())).isTrue();
        assertThat(diabetes.covers(List.of("EXOSOME_DIABETES", "EXOSOME_HYPERTENSION"))).isFalse();
        assertThat(diabetes.covers(List.of("EXOSOME_HYPERTENSION"))).isFalse();
    }

    @Test
    void validUntilItExpiresOrIsRevoked() {
        Clearance open = clearance(List.of("X"), null);
        assertThat(open.validAt(CLEARED)).isTrue();
        assertThat(open.validAt(EXPIRES.minusSeconds(1))).isTrue();
        assertThat(open.validAt(EXPIRES)).isFalse();
        assertThat(clearance(List.of("X"), CLEARED.plusSeconds(60)).validAt(CLEARED.plusSeconds(120))).isFalse();
    }

    @Test
    void coversAFindingOnlyWithTheContentItHadWhenCleared() {
        Clearance zorbelix = clearance(List.of("UNRECOGNISED_MEDICINE"), Map.of("UNRECOGNISED_MEDICINE", "f-zorbelix"),
                null);
        assertThat(zorbelix.coversEvidence(Map.of("UNRECOGNISED_MEDICINE", "f-zorbelix"))).isTrue();
        assertThat(zorbelix.coversEvidence(Map.of("UNRECOGNISED_MEDICINE", "f-another"))).isFalse();
        assertThat(clearance(List.of("UNRECOGNISED_MEDICINE"), null, null)
                .coversEvidence(Map.of("UNRECOGNISED_MEDICINE", "f-zorbelix"))).as("recorded before fingerprints")
                .isFalse();
    }
}
