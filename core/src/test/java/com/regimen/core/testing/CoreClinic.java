package com.regimen.core.testing;

import com.codahale.metrics.MetricRegistry;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.BookedAppointment;
import com.regimen.core.booking.BookingRequest;
import com.regimen.core.booking.Eligibility;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.ids.Ids;
import com.regimen.core.inventory.InventoryItems;
import com.regimen.core.inventory.StockLedger;
import com.regimen.core.invoicing.VatOnListPrices;
import com.regimen.core.medicines.ClinicMedicines;
import com.regimen.core.medicines.MedicineVocabulary;
import com.regimen.core.consent.ConsentSignature;
import com.regimen.core.consent.Consents;
import com.regimen.core.patients.IntakeCatalog;
import com.regimen.core.staff.StaffUser;
import com.regimen.core.staff.StaffUserDao;
import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import com.regimen.core.patients.IntakeFreshness;
import com.regimen.core.patients.NewPatient;
import com.regimen.core.patients.PatientIntakes;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screenings;
import com.regimen.core.payments.Payments;
import com.regimen.core.payments.Refunds;
import com.regimen.core.payments.RefundsAtStripe;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.core.plugins.PluginLoader;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.plugins.TreatmentSettingsUpdate;
import com.regimen.core.scheduling.LocationForm;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.PractitionerForm;
import com.regimen.core.scheduling.PractitionerForm.CredentialForm;
import com.regimen.core.scheduling.PractitionerForm.ShiftForm;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.RoomForm;
import com.regimen.core.scheduling.Rooms;
import com.regimen.core.tenancy.Tenant;
import com.regimen.core.tenancy.TenantDao;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The booking and payment services on a test database, below HTTP, and clinic chains made through
 * them: one branch in Riyadh open 09:00 to 17:00 every day, a centrifuge room with 15 minutes'
 * turnover, a physician and a nurse on shift whenever it is open, PRP at 1,000.00 a session (20%
 * deposit), and 500 of every consumable. The treatments are the shipped plugins on the class path.
 * No Stripe key: card payments are refused, cash works.
 */
public final class CoreClinic {
    /** Sunday 10 January 2027, 10:00 in Riyadh (UTC+3). */
    public static final Instant SUNDAY_10AM = Instant.parse("2027-01-10T07:00:00Z");
    /** A drawn mark: a stroke on a 300 × 100 canvas, as the desk's canvas sends it. */
    private static final String SCRIBBLE = scribble();
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final List<String> SKUS = List.of("prp-kit", "needle-blood-draw", "needle-30g", "exosome-vial",
            "meso-cocktail-vial", "needle-32g");

    /** The services, built as the server builds them (web-api's RegimenServices), without Stripe. */
    public record Services(Jdbi jdbi, Clock clock, AuditTrail audit, TreatmentMenu menu, PatientRecords patients,
                           PatientIntakes intakes, AppointmentBook book, Payments payments, Refunds refunds,
                           Consents consents) {
        public static Services on(TestDatabase database, Clock clock, ExecutorService pluginThreads) {
            return on(database.jdbi(), clock, pluginThreads);
        }

        /** On a Jdbi the test prepared itself (e.g. one that counts what it does). */
        public static Services on(Jdbi jdbi, Clock clock, ExecutorService pluginThreads) {
            AuditTrail audit = new AuditTrail(jdbi, clock);
            PluginRegistry plugins = PluginLoader.load(null);
            PluginInvoker invoker = new PluginInvoker(pluginThreads, Duration.ofSeconds(30), new MetricRegistry());
            TreatmentMenu menu = new TreatmentMenu(jdbi, clock, plugins, invoker, audit);
            PatientRecords patients = new PatientRecords(jdbi, clock, audit);
            ClinicMedicines medicines = new ClinicMedicines(jdbi, clock, MedicineVocabulary.builtIn(), audit);
            PatientIntakes intakes = new PatientIntakes(jdbi, clock, new IntakeCatalog(plugins), menu, audit,
                    medicines);
            Screenings screenings = new Screenings(jdbi, clock, menu, invoker, patients, intakes, audit, medicines);
            Eligibility eligibility = new Eligibility(jdbi, clock, menu, patients, screenings,
                    new IntakeFreshness(jdbi, clock, audit));
            AppointmentBook book = new AppointmentBook(jdbi, clock, invoker, eligibility, audit, new VatOnListPrices());
            return new Services(jdbi, clock, audit, menu, patients, intakes, book,
                    new Payments(jdbi, clock, null, 0, audit),
                    new Refunds(jdbi, clock, audit, new RefundsAtStripe(jdbi, clock, null, audit)),
                    new Consents(jdbi, clock, plugins, menu, patients, audit));
        }

        /** A new clinic chain, set up as the class says, with its owner signed in. */
        public CoreClinic openClinic() {
            String tenantId = Ids.newId();
            jdbi.useExtension(TenantDao.class, dao -> dao.insert(new Tenant(tenantId, "Glow", "SAR", "ar",
                    clock.instant())));
            StaffIdentity owner = new StaffIdentity(tenantId, ActorType.USER, Ids.newId(), Role.OWNER, null);
            // A stored member of staff, because a consent's witness is looked up by the one signed in.
            jdbi.useExtension(StaffUserDao.class, dao -> dao.insert(new StaffUser(tenantId, owner.actorId(),
                    "owner-" + owner.actorId() + "@glow.test", "Owner", Role.OWNER, true, clock.instant()), "unused"));
            Map<String, List<List<String>>> hours = new HashMap<>();
            DAYS.forEach(day -> hours.put(day, List.of(List.of("09:00", "17:00"))));
            String location = new Locations(jdbi, clock, audit).create(owner, new LocationForm("Riyadh",
                    "Asia/Riyadh", null, hours, List.of(), List.of(), null)).id();
            String room = new Rooms(jdbi, clock, audit).create(owner, new RoomForm(location, "Room 1",
                    List.of("centrifuge"), 15)).id();
            List<ShiftForm> shifts = new ArrayList<>();
            DAYS.forEach(day -> shifts.add(new ShiftForm(location, day, "09:00", "17:00")));
            Practitioners practitioners = new Practitioners(jdbi, clock, audit);
            String physician = practitioners.create(owner, new PractitionerForm("Dr. Huda", null,
                    List.of(new CredentialForm("PHYSICIAN", null, null)), shifts)).id();
            String nurse = practitioners.create(owner, new PractitionerForm("Nurse Reem", null,
                    List.of(new CredentialForm("NURSE", null, null)), shifts)).id();
            menu.update(owner, "prp", new TreatmentSettingsUpdate(true, Map.of("session", 100_000L), null));
            InventoryItems items = new InventoryItems(jdbi, clock, audit);
            StockLedger ledger = new StockLedger(jdbi, clock, audit);
            for (String sku : SKUS) {
                items.create(owner, sku, sku, "piece");
                ledger.receive(owner, location, sku, "LOT-" + sku, LocalDate.of(2030, 1, 1), 500);
            }
            return new CoreClinic(this, owner, location, room, physician, nurse);
        }
    }

    private final Services services;
    private final StaffIdentity owner;
    private final String location;
    private final String room;
    private final String physician;
    private final String nurse;

    private CoreClinic(Services services, StaffIdentity owner, String location, String room, String physician,
                       String nurse) {
        this.services = services;
        this.owner = owner;
        this.location = location;
        this.room = room;
        this.physician = physician;
        this.nurse = nurse;
    }

    public static ExecutorService pluginThreads() {
        return Executors.newFixedThreadPool(4);
    }

    public StaffIdentity owner() {
        return owner;
    }

    public String tenantId() {
        return owner.tenantId();
    }

    public String location() {
        return location;
    }

    public String room() {
        return room;
    }

    public String physician() {
        return physician;
    }

    public String nurse() {
        return nurse;
    }

    /** Another member of staff of this clinic chain, in {@code role}. */
    public StaffIdentity staff(Role role) {
        return new StaffIdentity(owner.tenantId(), ActorType.USER, Ids.newId(), role, null);
    }

    /** A patient whose intake answers PRP's questions "no". */
    public String patient() {
        String id = services.patients().register(owner, new NewPatient("Salma Haddad", null, null, null, "ar")).id();
        Map<String, Object> answers = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false,
                "PREGNANT", false, "ANTICOAGULANTS", false));
        answers.put("MEDICATIONS", List.of());
        services.intakes().record(owner, id, answers);
        // PRP declares a consent form (SPI 1.1): the patient signs it before the first session is checked in.
        services.consents().sign(owner, id, new ConsentSignature("prp", "Salma Haddad", SCRIBBLE, "ar"));
        return id;
    }

    private static String scribble() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, 90, 290, 10);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** A PRP session; {@code practitioner} null lets the book choose. */
    public BookedAppointment book(String patient, Instant start, String practitioner) {
        return services.book().book(owner, new BookingRequest(patient, "prp", location, start, practitioner, null));
    }
}
