package nl.werkplaatsen.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One demo intake's way through the werkplaats: submitted by a coordinator, then triaged,
 * declined, withdrawn or matched, and a traject taken to the state the demo wants.
 */
final class DemoJourney {

	/** Calls a mutation: document, payload field, input; returns the payload. */
	interface Mutation {

		Map<String, Object> call(String document, String field, Map<String, Object> input);

	}

	private final Mutation mutate;

	private final BiFunction<String, Map<String, Object>, Map<String, Object>> query;

	DemoJourney(Mutation mutate, BiFunction<String, Map<String, Object>, Map<String, Object>> query) {
		this.mutate = mutate;
		this.query = query;
	}

	/** Submits the demo intake and walks it to its journey's end; returns its id. */
	@SuppressWarnings("unchecked")
	String walk(String slug, String kvk, Map<String, Object> demo) {
		String name = (String) demo.get("organisationName");
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("werkplaatsSlug", slug);
		input.put("kvkNumber", kvk);
		input.put("organisationName", name);
		input.put("contactName", demo.get("contactName"));
		input.put("contactEmail",
				((String) demo.get("contactName")).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@"
						+ kvk + ".example.nl");
		input.put("question", demo.get("question"));
		input.put("consent", true);
		// About half of the demo entrepreneurs also agree to share with the network.
		input.put("shareWithNetwork", Boolean.TRUE.equals(demo.get("shareWithNetwork")));
		// Most also agree to the follow-up survey (the monitor's 1-meting).
		input.put("followUpSurvey", !Boolean.FALSE.equals(demo.get("followUpSurvey")));
		input.put("baseline", Map.of("foundVia", demo.get("foundVia"), "maturity", demo.get("maturity"), "obstacles",
				demo.get("obstacles"), "expectation", demo.get("expectation")));
		input.put("organisationDetails", Map.of("sbiSection", demo.get("sbiSection"), "sbiCode", demo.get("sbiCode"),
				"sizeClass", demo.get("sizeClass"), "digitalMaturity", demo.get("digitalMaturity")));
		Map<String, Object> submitted = this.mutate.call("""
				mutation($input: IntakeSubmitInput!) {
				  intakeSubmit(input: $input) { intake { id organisation { id } } userErrors { code field message } }
				}""", "intakeSubmit", input);
		Map<String, Object> intake = (Map<String, Object>) submitted.get("intake");
		String intakeId = (String) intake.get("id");
		String organisationId = (String) ((Map<String, Object>) intake.get("organisation")).get("id");
		String journey = (String) demo.get("journey");
		switch (journey) {
			case "NEW" -> {
			}
			case "DECLINED" ->
				close("intakeDecline", intakeId, "Valt buiten ons aanbod; doorverwezen naar het KVK Ondernemersplein.");
			case "WITHDRAWN" -> close("intakeWithdraw", intakeId, "De ondernemer heeft het zelf opgelost.");
			case "REFERRED" -> close("intakeRefer", intakeId, "Doorverwezen naar het Datalab van de hogeschool.");
			default -> {
				triage(intakeId, name, (List<String>) demo.get("themes"));
				note(organisationId, "Intakegesprek gevoerd met " + demo.get("contactName")
						+ "; de vraag is helder en past bij een traject met studenten.");
				if (!journey.equals("IN_REVIEW")) {
					traject(intakeId, journey);
				}
			}
		}
		return intakeId;
	}

	private void triage(String intakeId, String organisation, List<String> themes) {
		this.mutate.call("""
				mutation($input: IntakeTriageInput!) {
				  intakeTriage(input: $input) { intake { id } userErrors { code field message } }
				}""", "intakeTriage", Map.of("id", intakeId, "themes", themes, "wantedPeriod", "PERIOD_3",
				"articulatedQuestion", organisation + " wil dit in één periode met studenten concreet maken."));
	}

	private void note(String organisationId, String body) {
		this.mutate.call("""
				mutation($input: OrganisationNoteAddInput!) {
				  organisationNoteAdd(input: $input) { note { body } userErrors { code field message } }
				}""", "organisationNoteAdd", Map.of("organisationId", organisationId, "body", body));
	}

	private void close(String mutation, String intakeId, String reason) {
		this.mutate.call(
				"mutation($input: " + Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input!) { "
						+ mutation + "(input: $input) { intake { id } userErrors { code field message } } }",
				mutation, Map.of("id", intakeId, "reason", reason));
	}

	/** Creates a traject on the intake with its best offer and takes it to the state. */
	@SuppressWarnings("unchecked")
	void traject(String intakeId, String state) {
		Map<String, Object> node = (Map<String, Object>) this.query.apply(
				"query($id: ID!) { node(id: $id) { ... on Intake { offerSuggestions(first: 1) { offer { id } } } } }",
				Map.of("id", intakeId))
			.get("node");
		List<Map<String, Object>> suggestions = (List<Map<String, Object>>) node.get("offerSuggestions");
		String offerId = (String) ((Map<String, Object>) suggestions.getFirst().get("offer")).get("id");
		Map<String, Object> created = this.mutate.call("""
				mutation($input: TrajectCreateInput!) {
				  trajectCreate(input: $input) { traject { id } userErrors { code field message } }
				}""", "trajectCreate", Map.of("intakeId", intakeId, "offerId", offerId, "academicPeriod", "PERIOD_3"));
		String id = (String) ((Map<String, Object>) created.get("traject")).get("id");
		switch (state) {
			case "PLANNED" -> {
			}
			case "CANCELLED" -> step("trajectCancel", "TrajectCancelInput",
					Map.of("id", id, "reason", "Het bedrijf kon geen tijd vrijmaken dit semester."));
			default -> {
				step("trajectStart", "TrajectStartInput", Map.of("id", id));
				if (!state.equals("RUNNING")) {
					deliverable(id, "ADVICE", "Adviesrapport digitalisering");
					deliverable(id, "ROADMAP", "Stappenplan voor de komende twaalf maanden");
					step("trajectDeliver", "TrajectDeliverInput", Map.of("id", id));
				}
				if (state.equals("COMPLETED")) {
					step("trajectComplete", "TrajectCompleteInput", Map.of("id", id));
				}
			}
		}
	}

	private void deliverable(String trajectId, String kind, String title) {
		step("trajectDeliverableAdd", "TrajectDeliverableAddInput",
				Map.of("trajectId", trajectId, "kind", kind, "title", title));
	}

	private void step(String mutation, String inputType, Map<String, Object> input) {
		this.mutate.call("mutation($input: " + inputType + "!) { " + mutation
				+ "(input: $input) { traject { id } userErrors { code field message } } }", mutation, input);
	}

}
