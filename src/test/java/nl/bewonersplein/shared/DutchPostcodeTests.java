package nl.bewonersplein.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DutchPostcodeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1234ab|1234 AB", "1234 AB|1234 AB", "1234AB|1234 AB", "  1234  ab  |1234 AB", "1234 aB|1234 AB",
					"9999 ZZ|9999 ZZ", "1000 AA|1000 AA", "3511\u00A0aa|3511 AA", "3511\tAA|3511 AA", "1234 sb|1234 SB",
					"1234 as|1234 AS" })
	void whatPeopleTypeIsNormalised(String typed, String normal) {
		assertThat(DutchPostcode.parse(typed)).map(DutchPostcode::value).contains(normal);
		assertThat(DutchPostcode.isValid(typed)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "1234", "1234 A", "1234 ABC", "12345 AB", "123 AB", "0123 AB", "1234 SA",
			"1234 sd", "1234ss", "AB 1234", "1234-AB", "1234 A1", "١٢٣٤ AB", "1234 ÄB", "1234 A B\u0000",
			"1234 AB 1234 AB 1234 AB", "12 34 AB", "1234 AB." })
	void anythingElseIsNotAPostcode(String typed) {
		assertThat(DutchPostcode.parse(typed)).isEmpty();
		assertThat(DutchPostcode.isValid(typed)).isFalse();
	}

	@Test
	void nullIsNotAPostcode() {
		assertThat(DutchPostcode.parse(null)).isEmpty();
	}

	@Test
	void theConstructorTakesOnlyTheNormalForm() {
		assertThat(new DutchPostcode("3511 AA").value()).isEqualTo("3511 AA");
		assertThatIllegalArgumentException().isThrownBy(() -> new DutchPostcode("3511aa"));
		assertThatIllegalArgumentException().isThrownBy(() -> new DutchPostcode("3511 SS"));
		assertThatIllegalArgumentException().isThrownBy(() -> new DutchPostcode(null));
	}

	@Test
	void itsPartsAreAtHand() {
		DutchPostcode postcode = DutchPostcode.parse("8091ab").orElseThrow();
		assertThat(postcode.digits()).isEqualTo(8091);
		assertThat(postcode.letters()).isEqualTo("AB");
		assertThat(postcode.compact()).isEqualTo("8091AB");
		assertThat(postcode).hasToString("8091 AB").isEqualTo(new DutchPostcode("8091 AB"));
	}

}
