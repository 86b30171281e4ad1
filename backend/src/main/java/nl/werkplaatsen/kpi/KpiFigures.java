package nl.werkplaatsen.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The KPIs of one werkplaats, or of several counted together, in one period.
 *
 * @param bereik reach records' counts (by the day their period starts), plus the distinct
 * organisations with a touchpoint, plus attended participations that name no organisation
 * @param trainingen participations in trainings: attended registrations and attendance
 * without registration of events starting in the period
 * @param trajecten trajecten started in the period, whatever their later status
 * @param studenten distinct students on those trajecten
 * @param contacten trajecten plus trainingen
 * @param organisaties distinct organisations (by KVK number) with a touchpoint: an intake
 * submitted, a traject started, an attended registration naming a KVK number
 * @param verwijzingenGemaakt referrals made in the period
 * @param verwijzingenGeaccepteerd of those, the ones accepted
 * @param monitor the 1-metingen answered in the period
 */
record KpiFigures(long bereik, long trainingen, long trajecten, long studenten, long contacten, long organisaties,
		long verwijzingenGemaakt, long verwijzingenGeaccepteerd, Monitor monitor) {

	/** Fewer respondents than this, and the ministry sees no distribution. */
	static final int SUPPRESS_BELOW = 5;

	/** Vraag 5's options, in order; a to h are steps that continue digitalising. */
	static final List<String> STEP_OPTIONS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

	/** The figures counted, as the database gives them. */
	static KpiFigures of(Counts counts, boolean suppressSmallGroups) {
		return new KpiFigures(counts.reached() + counts.organisaties() + counts.anonymousParticipations(),
				counts.trainingen(), counts.trajecten(), counts.studenten(), counts.trajecten() + counts.trainingen(),
				counts.organisaties(), counts.referralsMade(), counts.referralsAccepted(),
				Monitor.of(counts, suppressSmallGroups));
	}

	/** A share of the respondents, rounded half up to a whole percent; null over none. */
	static @Nullable Integer percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

	/**
	 * What the database counts for one werkplaats, or nationally, in one period.
	 *
	 * @param trajecten trajecten started
	 * @param studenten distinct students on them
	 * @param trainingen participations
	 * @param organisaties distinct KVK numbers touched
	 * @param reached the reach records' counts
	 * @param anonymousParticipations participations that name no KVK number
	 * @param referralsMade referrals made
	 * @param referralsAccepted of those, accepted
	 * @param respondents 1-metingen answered
	 * @param satisfaction per class (zeer tevreden, tevreden, neutraal, ontevreden)
	 * @param continuing respondents naming a step a to h
	 * @param steps per option of vraag 5, a to j
	 */
	record Counts(long trajecten, long studenten, long trainingen, long organisaties, long reached,
			long anonymousParticipations, long referralsMade, long referralsAccepted, long respondents,
			long[] satisfaction, long continuing, long[] steps) {

		/** These counts and others added, for the sum of werkplaatsen. */
		Counts plus(Counts other) {
			long[] satisfactionSum = new long[4];
			for (int i = 0; i < 4; i++) {
				satisfactionSum[i] = this.satisfaction[i] + other.satisfaction[i];
			}
			long[] stepSum = new long[STEP_OPTIONS.size()];
			for (int i = 0; i < stepSum.length; i++) {
				stepSum[i] = this.steps[i] + other.steps[i];
			}
			return new Counts(this.trajecten + other.trajecten, this.studenten + other.studenten,
					this.trainingen + other.trainingen, this.organisaties + other.organisaties,
					this.reached + other.reached, this.anonymousParticipations + other.anonymousParticipations,
					this.referralsMade + other.referralsMade, this.referralsAccepted + other.referralsAccepted,
					this.respondents + other.respondents, satisfactionSum, this.continuing + other.continuing, stepSum);
		}

		static Counts none() {
			return new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, new long[4], 0, new long[STEP_OPTIONS.size()]);
		}

	}

	/**
	 * The 1-metingen answered in the period.
	 *
	 * @param respondents how many
	 * @param suppressed whether the distribution is hidden (the ministry, fewer than
	 * five)
	 * @param satisfaction vraag 2 in four classes; null when suppressed
	 * @param continuing respondents naming at least one step a to h; null when suppressed
	 * @param steps per option of vraag 5; empty when suppressed
	 */
	record Monitor(long respondents, boolean suppressed, @Nullable Satisfaction satisfaction,
			@Nullable Share continuing, List<Step> steps) {

		static Monitor of(Counts counts, boolean suppressSmallGroups) {
			long respondents = counts.respondents();
			if (suppressSmallGroups && respondents < SUPPRESS_BELOW) {
				return new Monitor(respondents, true, null, null, List.of());
			}
			long[] classes = counts.satisfaction();
			List<Step> steps = new java.util.ArrayList<>();
			for (int i = 0; i < STEP_OPTIONS.size(); i++) {
				steps.add(new Step(STEP_OPTIONS.get(i), counts.steps()[i], percent(counts.steps()[i], respondents)));
			}
			return new Monitor(respondents, false,
					new Satisfaction(Share.of(classes[0], respondents), Share.of(classes[1], respondents),
							Share.of(classes[2], respondents), Share.of(classes[3], respondents)),
					Share.of(counts.continuing(), respondents), List.copyOf(steps));
		}

	}

	/**
	 * Vraag 2 (1 to 10) in four classes.
	 *
	 * @param zeerTevreden 9 or 10
	 * @param tevreden 7 or 8
	 * @param neutraal 6
	 * @param ontevreden 1 to 5
	 */
	record Satisfaction(Share zeerTevreden, Share tevreden, Share neutraal, Share ontevreden) {
	}

	/**
	 * A count of respondents and its share of all respondents.
	 *
	 * @param count how many
	 * @param percent the share, rounded half up; null over no respondents
	 */
	record Share(long count, @Nullable Integer percent) {

		static Share of(long count, long respondents) {
			return new Share(count, KpiFigures.percent(count, respondents));
		}

	}

	/**
	 * One option of vraag 5.
	 *
	 * @param option its letter, a to j
	 * @param count respondents naming it
	 * @param percent their share, rounded half up; null over no respondents
	 */
	record Step(String option, long count, @Nullable Integer percent) {
	}

}
