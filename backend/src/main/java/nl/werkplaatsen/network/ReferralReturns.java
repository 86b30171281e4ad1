package nl.werkplaatsen.network;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * A referral that came back (declined, or expired) returns the sender's intake into
 * review, so the question is not lost: a reaction acting for the sender, because the
 * receiving werkplaats or the expiry job never writes the sender's intakes directly.
 */
@Component
class ReferralReturns {

	private final Intakes intakes;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	ReferralReturns(Intakes intakes, WerkplaatsDirectory werkplaatsen, Tenancy tenancy) {
		this.intakes = intakes;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
	}

	@ApplicationModuleListener
	void on(ReferralAnswered answered) {
		if (answered.status() != ReferralStatus.DECLINED && answered.status() != ReferralStatus.EXPIRED) {
			return;
		}
		WerkplaatsCard sender = this.werkplaatsen.referencedBy(answered.fromWerkplaatsId());
		this.tenancy.actFor(sender.id(), sender.slug(), Permission.PLATFORM, () -> {
			this.intakes.returnFromReferral(answered.intakeId());
			return null;
		});
	}

}
