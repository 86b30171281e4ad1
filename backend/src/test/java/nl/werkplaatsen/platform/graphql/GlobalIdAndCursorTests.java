package nl.werkplaatsen.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
	void aPageEncodesTheCursorsOfItsEndsAndAnEdgesOnlyWhenAskedFor() {
		List<Integer> encoded = new ArrayList<>();
		Connection<Integer> page = Connection.of(List.of(1, 2, 3, 4, 5), PageRequest.of(4, null), 99L, (row) -> {
			encoded.add(row);
			return KeysetCursor.of(row);
		});

		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(encoded).containsExactly(1, 4);
		assertThat(KeysetCursor.decode(page.edges().get(2).cursor()).integer(0)).isEqualTo(3);
		assertThat(encoded).containsExactly(1, 4, 3);
		assertThat(page.map((row) -> row * 10).edges().get(1).cursor()).isEqualTo(KeysetCursor.of(2).encode());
		assertThat(page.nodes()).containsExactly(1, 2, 3, 4);
	}

	@Test
	void aForeignOrDamagedCursorIsTheClientsMistake() {
		KeysetCursor shortCursor = KeysetCursor.decode(KeysetCursor.of("only one").encode());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> KeysetCursor.decode("%%%"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.uuid(1));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.integer(0));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.uuid(0));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.instant(0));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> shortCursor.date(0));
	}

	@Test
	void aNewestFirstPageStartsAfterEverythingStoredAndContinuesBeforeItsCursor() {
		UUID id = UUID.randomUUID();
		PageRequest first = PageRequest.of(10, null);
		PageRequest next = PageRequest.of(10, KeysetCursor.of("2026-09-01T09:00:00Z", id).encode());
		PageRequest byDate = PageRequest.of(10, KeysetCursor.of("2026-09-01", id).encode());

		assertThat(first.instantBefore(0)).isAfter(java.time.Instant.parse("9000-01-01T00:00:00Z"));
		assertThat(first.dateBefore(0)).isAfter(java.time.LocalDate.of(9000, 1, 1));
		assertThat(first.idBefore(1)).isEqualTo(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));
		assertThat(next.instantBefore(0)).isEqualTo(java.time.Instant.parse("2026-09-01T09:00:00Z"));
		assertThat(next.idBefore(1)).isEqualTo(id);
		assertThat(byDate.dateBefore(0)).isEqualTo(java.time.LocalDate.of(2026, 9, 1));
	}

	private static String base64(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

}
