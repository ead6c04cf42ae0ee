package com.regimen.core.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * Booked hours against open hours, per room and per practitioner at each location. A room is open
 * when its location is (closures excluded); a practitioner when a shift of theirs at that location
 * is, less their time off. Booked: appointments that go ahead (booked, checked in, completed).
 */
public record UtilisationReport(ReportRange range, List<UtilisationLine> lines) {
    public enum Kind { ROOM, PRACTITIONER }

    public record UtilisationLine(Kind kind, String id, String name, String locationId, String locationName, long bookedMinutes,
                       long openMinutes, BigDecimal rate) {
    }
}
