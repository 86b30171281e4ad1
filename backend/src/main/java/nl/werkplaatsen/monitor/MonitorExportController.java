package nl.werkplaatsen.monitor;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkplaatsen.platform.export.TableExport;
import nl.werkplaatsen.platform.graphql.BadRequestException;

/**
 * {@code GET /exports/monitor?instrumentKey=&from=&to=&format=csv|xlsx}: the anonymous
 * answers of a national instrument in a period for RVO; the same callers as the monitor's
 * results.
 */
@RestController
class MonitorExportController {

	private final MonitorExport export;

	MonitorExportController(MonitorExport export) {
		this.export = export;
	}

	@GetMapping("/exports/monitor")
	void export(@RequestParam String instrumentKey,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) {
		this.export.export(instrumentKey, from, to,
				TableExport.Format.named(format)
					.orElseThrow(() -> new BadRequestException("format must be csv or xlsx, not '" + format + "'")),
				response);
	}

}
