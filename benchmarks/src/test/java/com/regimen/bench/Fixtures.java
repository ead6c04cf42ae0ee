package com.regimen.bench;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/** A benchmark clinic as the data generator sees it: ids only, nothing behind them. */
final class Fixtures {
    private Fixtures() {
    }

    static BenchClinic clinic(String tenantId) {
        return new BenchClinic(tenantId, "owner-1", "key", "location-1", ZoneId.of("Asia/Riyadh"),
                ids("room", BenchClinic.ROOMS), ids("practitioner", BenchClinic.PRACTITIONERS), ids("patient", 7));
    }

    private static List<String> ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("%s-%02d", prefix, i)).toList();
    }
}
