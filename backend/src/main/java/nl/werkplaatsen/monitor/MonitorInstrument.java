package nl.werkplaatsen.monitor;

/**
 * An instrument of the monitor; each has national versions with stable keys.
 */
public enum MonitorInstrument {

	/** The 0-meting, before the traject: today's intake form. */
	ZERO_MEASUREMENT,

	/** The 1-meting, half a year after the traject is completed. */
	ONE_MEASUREMENT,

	/** The Regioscan's impact matrix, the short survey after a training. */
	IMPACT_MATRIX

}
