package com.regimen.web.resources;

import com.regimen.core.invoicing.TaxDocument;
import com.regimen.core.invoicing.TaxDocumentType;
import com.regimen.core.invoicing.TaxDocuments;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.web.api.Languages;
import com.regimen.web.api.TaxDocumentView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The tax invoices and credit notes issued as money moves: as data, printable, as PDF, and the QR code. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tax invoices")
public class TaxDocumentResource {
    /** The printable page has no script at all; its only style is inline and its only image a data: URI. */
    static final String PAGE_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final TaxDocuments documents;

    public TaxDocumentResource(TaxDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path("appointments/{id}/tax-documents")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "listTaxDocuments",
            summary = "An appointment's tax invoices and credit notes", description = "One invoice per payment "
            + "received, one credit note per refund, in the order issued.")
    public List<TaxDocumentView> forAppointment(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                @PathParam("id") String id) {
        return documents.forAppointment(principal.identity(), id).stream()
                .map(d -> view(principal.identity(), d)).toList();
    }

    @GET
    @Path("tax-documents/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getTaxDocument",
            summary = "One invoice or credit note", description = "With its VAT breakdown and, for a Saudi "
            + "invoice, the ZATCA QR payload (base64 TLV).")
    public TaxDocumentView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return view(principal.identity(), documents.get(principal.identity(), id));
    }

    @GET
    @Path("tax-documents/{id}/html")
    @Produces({MediaType.TEXT_HTML, "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getTaxDocumentHtml",
            summary = "An invoice or credit note, printable", description = "?lang=ar|en (else "
            + "Accept-Language): XHTML, Arabic right to left.")
    public Response html(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                         @QueryParam("lang") String lang,
                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String page = documents.html(principal.identity(), id, language(lang, acceptLanguage));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", PAGE_POLICY).build();
    }

    @GET
    @Path("tax-documents/{id}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getTaxDocumentPdf",
            summary = "An invoice or credit note as a PDF", description = "?lang=ar|en (else Accept-Language); "
            + "Arabic shaped and right to left, fonts embedded.")
    public Response pdf(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                        @QueryParam("lang") String lang,
                        @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        TaxDocument document = documents.get(principal.identity(), id);
        byte[] pdf = documents.pdf(principal.identity(), id, language(lang, acceptLanguage));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + document.displayNumber() + ".pdf\"").build();
    }

    @GET
    @Path("tax-documents/{id}/qr.png")
    @Produces({"image/png", "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getTaxDocumentQr",
            summary = "A Saudi invoice's ZATCA QR code", description = "PNG; 404 for credit notes and "
            + "non-Saudi invoices.")
    public Response qr(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return Response.ok(documents.qrPng(principal.identity(), id), "image/png").build();
    }

    private TaxDocumentView view(StaffIdentity reader, TaxDocument document) {
        return TaxDocumentView.of(document, document.type() == TaxDocumentType.CREDIT_NOTE
                ? documents.creditedNumber(reader, document) : null, documents.qrPayload(document));
    }

    private static String language(String lang, String acceptLanguage) {
        if ("ar".equals(lang) || "en".equals(lang)) {
            return lang;
        }
        return Languages.pick(acceptLanguage);
    }
}
