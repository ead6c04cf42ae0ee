package com.regimen.core.invoicing;

import java.math.BigInteger;

/**
 * What a document's total is made of, in minor units. Money received is VAT-inclusive (the tax
 * point of a payment is when it is received), so VAT is taken out of the gross:
 * {@code vat = round(gross * rate / (1 + rate))}, half up, once per document (not per line); the net
 * is what is left, so net + VAT always equals the gross.
 *
 * @param rateBasisPoints the VAT rate in hundredths of a percent (1500 = 15%)
 */
public record VatBreakdown(long net, long vat, long gross, int rateBasisPoints) {

    public static VatBreakdown ofGross(long gross, int rateBasisPoints) {
        if (gross < 0 || rateBasisPoints < 0) {
            throw new IllegalArgumentException("gross and rate must not be negative");
        }
        BigInteger numerator = BigInteger.valueOf(gross).multiply(BigInteger.valueOf(rateBasisPoints));
        BigInteger denominator = BigInteger.valueOf(10_000L + rateBasisPoints);
        BigInteger[] quotientAndRemainder = numerator.divideAndRemainder(denominator);
        long vat = quotientAndRemainder[0].longValueExact();
        if (quotientAndRemainder[1].shiftLeft(1).compareTo(denominator) >= 0) {
            vat++;
        }
        return new VatBreakdown(gross - vat, vat, gross, rateBasisPoints);
    }

    /** The same split, with the VAT given (a final credit note takes what is left of its invoice's VAT). */
    public static VatBreakdown withVat(long gross, long vat, int rateBasisPoints) {
        return new VatBreakdown(gross - vat, vat, gross, rateBasisPoints);
    }

    /** A net price with VAT added on top, for price lists that exclude VAT: half up. */
    public static long grossOfNet(long net, int rateBasisPoints) {
        BigInteger times = BigInteger.valueOf(net).multiply(BigInteger.valueOf(rateBasisPoints));
        BigInteger[] qr = times.divideAndRemainder(BigInteger.valueOf(10_000L));
        long vat = qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(10_000L)) >= 0 ? 1 : 0);
        return net + vat;
    }
}
