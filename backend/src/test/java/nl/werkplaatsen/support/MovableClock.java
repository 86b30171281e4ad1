package nl.werkplaatsen.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's clock in tests: the system's time, moved ahead by what a test asks, so
 * months can pass without waiting. Tests that move it put it back when they are done.
 */
public class MovableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves the clock ahead by the given time. */
	public void advance(Duration by) {
		this.offset = this.offset.plus(by);
	}

	/** Puts the clock back to the system's time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock clock = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return clock.withZone(other);
			}

			@Override
			public Instant instant() {
				return clock.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
