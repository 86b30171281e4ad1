package nl.werkplaatsen.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Global ids and keyset cursors: opaque to clients, strict when read back. */
class GlobalIdAndCursorTests {

	@Test
	void aGlobalIdCarriesItsTypeAndIdThereAndBack() {
		UUID id = UUID.randomUUID();
		String global = GlobalId.encode("Offer", id);

		assertThat(global).doesNotContain("Offer").doesNotContain(id.toString());
		assertThat(GlobalId.decode(global)).contains(new GlobalId.Decoded("Offer", id));
		assertThat(GlobalId.idOf(global, "Offer")).contains(id);
	}

	@Test
	void anIdOfAnotherTypeOrMalformedGivesNothing() {
		String offer = GlobalId.encode("Offer", UUID.randomUUID());

		assertThat(GlobalId.idOf(offer, "Intake")).isEmpty();
		assertThat(GlobalId.decode("not base64 !")).isEmpty();
		assertThat(GlobalId.decode(base64("Offer:not-a-uuid"))).isEmpty();
		assertThat(GlobalId.decode(base64(":" + UUID.randomUUID()))).isEmpty();
		assertThat(GlobalId.decode(base64("no colon"))).isEmpty();
	}

	@Test
	void aCursorKeepsItsKeysInOrder() {
		UUID id = UUID.randomUUID();
		KeysetCursor cursor = KeysetCursor.decode(KeysetCursor.of("Bakkerij: de Vries", 42, id).encode());

		assertThat(cursor.text(0)).isEqualTo("Bakkerij: de Vries");
		assertThat(cursor.integer(1)).isEqualTo(42);
		assertThat(cursor.uuid(2)).isEqualTo(id);
	}

	@Test
	void aForeignOrDamagedCursorIsTheClientsMistake() {
		KeysetCursor shortCursor = KeysetCursor.decode(KeysetCursor.of("only one").encode());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> KeysetCursor.decode("%%%"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.uuid(1));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.integer(0));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.uuid(0));
	}

	private static String base64(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

}
