package nl.werkplaatsen.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkplaatsen.kpi.KpiFigures.Monitor;
import nl.werkplaatsen.kpi.KpiFigures.Share;
import nl.werkplaatsen.kpi.Kpis.KpiReport;
import nl.werkplaatsen.kpi.Kpis.WerkplaatsKpis;
import nl.werkplaatsen.platform.export.TableExport;
import nl.werkplaatsen.platform.graphql.BadRequestException;

/**
 * {@code GET /exports/kpis?from=&to=&format=csv|xlsx}: the KPIs of a period for RVO, one
 * row per werkplaats and a national row, Dutch column headers, the ambition and
 * realisation next to each figure; the same callers and figures as the {@code kpis}
 * query.
 */
@RestController
class KpiExportController {

	static final List<String> HEADERS = List.of("Werkplaats", "Van", "Tot en met", "Bereik", "Ambitie bereik",
			"Realisatie bereik (%)", "Trainingen", "Ambitie trainingen", "Realisatie trainingen (%)", "Trajecten",
			"Ambitie trajecten", "Realisatie trajecten (%)", "Studenten", "Ambitie studenten",
			"Realisatie studenten (%)", "Contacten", "Organisaties", "Verwijzingen gemaakt",
			"Verwijzingen geaccepteerd", "Respondenten 1-meting", "Monitor onderdrukt (minder dan 5)", "Zeer tevreden",
			"Zeer tevreden (%)", "Tevreden", "Tevreden (%)", "Neutraal", "Neutraal (%)", "Ontevreden", "Ontevreden (%)",
			"Gaat door met digitaliseren", "Gaat door met digitaliseren (%)");

	/** The national row's name in the first column. */
	static final String NATIONAL = "Landelijk (elke organisatie en student één keer)";

	private final Kpis kpis;

	KpiExportController(Kpis kpis) {
		this.kpis = kpis;
	}

	@GetMapping("/exports/kpis")
	void export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) {
		TableExport.Format fileFormat = TableExport.Format.named(format)
			.orElseThrow(() -> new BadRequestException("format must be csv or xlsx, not '" + format + "'"));
		KpiReport report = this.kpis.report(new KpiPeriod(from, to), null);
		try (TableExport table = TableExport.download(response, fileFormat, "kpis-" + from + "-" + to, "KPIs",
				HEADERS)) {
			for (WerkplaatsKpis werkplaats : report.werkplaatsen()) {
				table.row(row(werkplaats.werkplaats().getName(), report.period(), werkplaats.figures(),
						werkplaats.ambition(), werkplaats.realisation()));
			}
			table.row(row(NATIONAL, report.period(), report.national(), null, null));
		}
	}

	private static List<@Nullable Object> row(String name, KpiPeriod period, KpiFigures figures,
			@Nullable KpiAmbition ambition, @Nullable KpiRealisation realisation) {
		List<@Nullable Object> row = new ArrayList<>(Arrays.asList(name, period.from(), period.to()));
		row.addAll(Arrays.asList(figures.bereik(), (ambition != null) ? ambition.bereik() : null,
				(realisation != null) ? realisation.bereik() : null));
		row.addAll(Arrays.asList(figures.trainingen(), (ambition != null) ? ambition.trainingen() : null,
				(realisation != null) ? realisation.trainingen() : null));
		row.addAll(Arrays.asList(figures.trajecten(), (ambition != null) ? ambition.trajecten() : null,
				(realisation != null) ? realisation.trajecten() : null));
		row.addAll(Arrays.asList(figures.studenten(), (ambition != null) ? ambition.studenten() : null,
				(realisation != null) ? realisation.studenten() : null));
		row.addAll(Arrays.asList(figures.contacten(), figures.organisaties(), figures.verwijzingenGemaakt(),
				figures.verwijzingenGeaccepteerd()));
		Monitor monitor = figures.monitor();
		row.add(monitor.respondents());
		row.add(monitor.suppressed());
		if (monitor.satisfaction() != null) {
			for (Share share : List.of(monitor.satisfaction().zeerTevreden(), monitor.satisfaction().tevreden(),
					monitor.satisfaction().neutraal(), monitor.satisfaction().ontevreden())) {
				row.add(share.count());
				row.add(share.percent());
			}
		}
		else {
			row.addAll(java.util.Collections.nCopies(8, null));
		}
		row.add((monitor.continuing() != null) ? monitor.continuing().count() : null);
		row.add((monitor.continuing() != null) ? monitor.continuing().percent() : null);
		return row;
	}

}
