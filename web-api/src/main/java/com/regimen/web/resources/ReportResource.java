package com.regimen.web.resources;

import com.regimen.core.errors.DomainException;
import com.regimen.core.reports.AttendanceReport;
import com.regimen.core.reports.AttendanceReports;
import com.regimen.core.reports.PatientReport;
import com.regimen.core.reports.PatientReports;
import com.regimen.core.reports.ReportRange;
import com.regimen.core.reports.RevenueReport;
import com.regimen.core.reports.RevenueReports;
import com.regimen.core.reports.StockReport;
import com.regimen.core.reports.StockReports;
import com.regimen.core.reports.UtilisationReport;
import com.regimen.core.reports.UtilisationReports;
import com.regimen.web.api.ReportCsv;
import com.regimen.web.api.ReportViews;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The owner's reports. Each takes {@code from} and {@code to} (local dates, inclusive, at most 366
 * days; each location reads them in its own zone) and an optional {@code locationId}, and has a
 * CSV twin at the same path with {@code .csv}, all of them served by one method ({@link #csv}).
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {
    private static final String CSV = "text/csv";
    private static final String RANGE = " from and to are local dates (YYYY-MM-DD, inclusive, at most 366 days), "
            + "read in each location's zone; locationId is optional (all locations).";
    private final RevenueReports revenue;
    private final AttendanceReports attendance;
    private final PatientReports patients;
    private final UtilisationReports utilisation;
    private final StockReports stock;

    public ReportResource(RevenueReports revenue, AttendanceReports attendance, PatientReports patients,
                          UtilisationReports utilisation, StockReports stock) {
        this.revenue = revenue;
        this.attendance = attendance;
        this.patients = patients;
        this.utilisation = utilisation;
        this.stock = stock;
    }

    /** The filters every report reads; {@code period} and {@code groupBy} are the revenue report's own. */
    private record Query(String from, String to, String locationId, String period, String groupBy) {
        ReportRange range() {
            return ReportRange.of(date("from", from), date("to", to));
        }
    }

    @GET
    @Path("/revenue")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getRevenueReport",
            summary = "Revenue net of refunds, VAT apart", description = "Invoices less credit notes, by period "
            + "(DAY, WEEK from Monday, MONTH) and groupBy (LOCATION, TREATMENT, PRACTITIONER); amounts in minor "
            + "units of each line's currency." + RANGE)
    public ReportViews.RevenueReport revenue(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("locationId") String locationId,
                                             @QueryParam("period") String period,
                                             @QueryParam("groupBy") String groupBy) {
        return ReportViews.RevenueReport.of(revenueReport(principal, new Query(from, to, locationId, period, groupBy)));
    }

    @GET
    @Path("/attendance")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getAttendanceReport",
            summary = "No-shows and late cancellations", description = "Per location and currency: "
            + "appointments that started in the range, no-shows, cancellations, late cancellations (those that "
            + "carried a fee), their rates (0.1250 is 12.5%; no-shows over appointments not cancelled), the fees "
            + "charged and how much of them the money kept covers." + RANGE)
    public ReportViews.AttendanceReport attendance(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("locationId") String locationId) {
        return ReportViews.AttendanceReport.of(attendanceReport(principal, new Query(from, to, locationId, null, null)));
    }

    @GET
    @Path("/patients")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getPatientReport",
            summary = "New and returning patients, course completion", description = "Patients seen (checked "
            + "in or completed) in the range, new to the chain or returning; courses begun in the range and how "
            + "many have every session completed." + RANGE)
    public ReportViews.PatientReport patients(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("locationId") String locationId) {
        return ReportViews.PatientReport.of(patientReport(principal, new Query(from, to, locationId, null, null)));
    }

    @GET
    @Path("/utilisation")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getUtilisationReport",
            summary = "Booked against open hours of rooms and practitioners", description = "Minutes; a room is "
            + "open when its location is, a practitioner during their shifts there less time off." + RANGE)
    public ReportViews.UtilisationReport utilisation(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                                     @QueryParam("locationId") String locationId) {
        return ReportViews.UtilisationReport.of(utilisationReport(principal,
                new Query(from, to, locationId, null, null)));
    }

    @GET
    @Path("/stock")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getStockReport",
            summary = "Stock used, expiring and below par", description = "Per location: units used in "
            + "treatments in the range and their cost, units expiring within 30, 60 and 90 days of the location's "
            + "today and their value, items under par by how many units. Money is in minor units of the "
            + "location's currency at each lot's unit cost; units of lots of unknown cost are counted in "
            + "uncostedQuantity and left out of the sums (cost and amount are null when no unit is costed)." + RANGE)
    public ReportViews.StockReport stock(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("locationId") String locationId) {
        return ReportViews.StockReport.of(stockReport(principal, new Query(from, to, locationId, null, null)));
    }

    /**
     * Every report's CSV twin through one path: the same report, read with the same filters, printed as
     * RFC 4180 rows instead of JSON. One method, so the twins cannot drift from the JSON reports.
     */
    @GET
    @Path("/{report}.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getReportCsv", summary = "A report as CSV",
            description = "The same lines and filters as the report's JSON path (/reports/{report}); period and "
                    + "groupBy apply to revenue only. An unknown report is 404." + RANGE)
    public Response csv(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                        @PathParam("report") @Parameter(schema = @Schema(type = "string",
                                allowableValues = {"revenue", "attendance", "patients", "utilisation", "stock"}))
                        String report,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("locationId") String locationId, @QueryParam("period") String period,
                        @QueryParam("groupBy") String groupBy) {
        Query query = new Query(from, to, locationId, period, groupBy);
        String rows = switch (report) {
            case "revenue" -> ReportCsv.revenue(revenueReport(principal, query));
            case "attendance" -> ReportCsv.attendance(attendanceReport(principal, query));
            case "patients" -> ReportCsv.patients(patientReport(principal, query));
            case "utilisation" -> ReportCsv.utilisation(utilisationReport(principal, query));
            case "stock" -> ReportCsv.stock(stockReport(principal, query));
            default -> throw DomainException.notFound("Report");
        };
        return Response.ok(rows, CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + report + ".csv\"").build();
    }

    private RevenueReport revenueReport(StaffPrincipal principal, Query q) {
        return revenue.revenue(principal.identity(), q.locationId(), q.range(),
                choice("period", q.period(), RevenueReport.Period.class, RevenueReport.Period.DAY),
                choice("groupBy", q.groupBy(), RevenueReport.GroupBy.class, RevenueReport.GroupBy.LOCATION));
    }

    private AttendanceReport attendanceReport(StaffPrincipal principal, Query q) {
        return attendance.attendance(principal.identity(), q.locationId(), q.range());
    }

    private PatientReport patientReport(StaffPrincipal principal, Query q) {
        return patients.patients(principal.identity(), q.locationId(), q.range());
    }

    private UtilisationReport utilisationReport(StaffPrincipal principal, Query q) {
        return utilisation.utilisation(principal.identity(), q.locationId(), q.range());
    }

    private StockReport stockReport(StaffPrincipal principal, Query q) {
        return stock.stock(principal.identity(), q.locationId(), q.range());
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date like 2027-01-31");
        }
    }

    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
