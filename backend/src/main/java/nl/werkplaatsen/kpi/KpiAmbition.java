package nl.werkplaatsen.kpi;

/**
 * A werkplaats's ambition for a year: the targets the ministry funds it on.
 *
 * @param year the year
 * @param bereik the reach target
 * @param trainingen the trainings target
 * @param trajecten the trajecten target
 * @param studenten the students target
 */
record KpiAmbition(int year, int bereik, int trainingen, int trajecten, int studenten) {

	/** How far the figures realise this ambition. */
	KpiRealisation realisedBy(KpiFigures figures) {
		return new KpiRealisation(KpiFigures.percent(figures.bereik(), this.bereik),
				KpiFigures.percent(figures.trainingen(), this.trainingen),
				KpiFigures.percent(figures.trajecten(), this.trajecten),
				KpiFigures.percent(figures.studenten(), this.studenten));
	}

}
