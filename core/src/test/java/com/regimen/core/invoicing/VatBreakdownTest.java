package com.regimen.core.invoicing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VatBreakdownTest {

    @Test
    void vatIsTakenOutOfTheGrossRoundedHalfUp() {
        // 200.00 SAR at 15%: 20000 * 15 / 115 = 2608.69... -> 2609 halalas
        assertThat(VatBreakdown.ofGross(20_000, 1500)).isEqualTo(new VatBreakdown(17_391, 2_609, 20_000, 1500));
        // 1,150.00 at 15% is exactly 1,000.00 + 150.00
        assertThat(VatBreakdown.ofGross(115_000, 1500)).isEqualTo(new VatBreakdown(100_000, 15_000, 115_000, 1500));
        // 105.00 AED at 5% is 100.00 + 5.00
        assertThat(VatBreakdown.ofGross(10_500, 500)).isEqualTo(new VatBreakdown(10_000, 500, 10_500, 500));
        // exactly half a minor unit rounds up: 23 * 15 / 115 = 3.0; 1 * 500 / 10500 = 0.047 -> 0
        assertThat(VatBreakdown.ofGross(1, 500).vat()).isZero();
        assertThat(VatBreakdown.ofGross(0, 1500)).isEqualTo(new VatBreakdown(0, 0, 0, 1500));
        assertThat(VatBreakdown.ofGross(5_000, 0)).isEqualTo(new VatBreakdown(5_000, 0, 5_000, 0));
    }

    @Test
    void everyGrossUpToTwoHundredRiyalsSplitsExactlyAsDecimalArithmeticSays() {
        for (int rate : new int[]{0, 500, 1250, 1500}) {
            for (long gross = 0; gross <= 20_000; gross++) {
                VatBreakdown split = VatBreakdown.ofGross(gross, rate);
                long expected = BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(rate))
                        .divide(BigDecimal.valueOf(10_000L + rate), 0, RoundingMode.HALF_UP).longValueExact();
                assertThat(split.vat()).as("gross %d at %d bp", gross, rate).isEqualTo(expected);
                assertThat(split.net() + split.vat()).isEqualTo(gross);
                assertThat(split.net()).isNotNegative();
            }
        }
    }

    @Test
    void hugeAmountsDoNotOverflow() {
        VatBreakdown split = VatBreakdown.ofGross(Long.MAX_VALUE, 1500);
        assertThat(split.net() + split.vat()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> VatBreakdown.ofGross(-1, 1500)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNetPriceGetsItsVatAddedHalfUp() {
        assertThat(VatBreakdown.grossOfNet(100_000, 1500)).isEqualTo(115_000);
        assertThat(VatBreakdown.grossOfNet(3, 1500)).isEqualTo(3); // 0.45 -> 0
        assertThat(VatBreakdown.grossOfNet(10, 500)).isEqualTo(11); // 0.5 -> 1
    }

    @Test
    void vatNumbersFollowEachCountrysFormat() {
        assertThat(TaxCountry.SA.validVatNumber("310122393500003")).isTrue();
        assertThat(TaxCountry.SA.validVatNumber("300000000000003")).isTrue();
        assertThat(TaxCountry.SA.validVatNumber("210122393500003")).as("starts with 2").isFalse();
        assertThat(TaxCountry.SA.validVatNumber("310122393500002")).as("ends with 2").isFalse();
        assertThat(TaxCountry.SA.validVatNumber("31012239350003")).as("14 digits").isFalse();
        assertThat(TaxCountry.SA.validVatNumber("3101223935000a3")).isFalse();
        assertThat(TaxCountry.SA.validVatNumber("٣١٠١٢٢٣٩٣٥٠٠٠٠٣")).as("Arabic-Indic digits").isFalse();
        assertThat(TaxCountry.AE.validVatNumber("100123456700003")).isTrue();
        assertThat(TaxCountry.AE.validVatNumber("10012345670000")).isFalse();
        assertThat(TaxCountry.AE.validVatNumber(null)).isFalse();
    }
}
