package nl.werkplaatsen.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkplaatsen.monitor.Answers.AnswerInput;
import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.werkplaats.Branding;

/**
 * The platform's own survey page, for werkplaatsen without a form of their own: plain
 * HTML rendered on the server in the werkplaats's colours, working without JavaScript,
 * answering through the same checks as {@code monitorResponseSubmit}.
 */
@RestController
class MonitorFormPage {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final MonitorForms forms;

	private final TemplateEngine templates = new TemplateEngine();

	MonitorFormPage(MonitorForms forms) {
		this.forms = forms;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("monitor/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		this.templates.setTemplateResolver(resolver);
	}

	@GetMapping("/monitor/form")
	ResponseEntity<String> show(@RequestParam(defaultValue = "") String token) {
		Optional<MonitorForms.Form> form = this.forms.form(token);
		if (form.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "survey-unavailable", Map.of());
		}
		return page(HttpStatus.OK, "survey", variables(form.get(), token, Map.of(), List.of()));
	}

	@PostMapping(path = "/monitor/form", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> answer(HttpServletRequest request) {
		String token = Optional.ofNullable(request.getParameter("token")).orElse("");
		Optional<MonitorForms.Form> form = this.forms.form(token);
		Map<String, String[]> given = request.getParameterMap();
		List<AnswerInput> answers = new ArrayList<>();
		if (form.isPresent()) {
			for (Question question : form.get().version().questions()) {
				String[] values = given.get(question.key());
				String text = (question.kind() == QuestionKind.OPEN) ? first(given.get(question.key()))
						: first(given.get(question.key() + "_text"));
				List<String> chosen = (question.kind() == QuestionKind.OPEN || values == null) ? List.of()
						: List.of(values).stream().filter((value) -> !value.isBlank()).toList();
				if (!chosen.isEmpty() || (text != null && !text.isBlank())) {
					answers.add(new AnswerInput(question.key(), chosen, text));
				}
			}
		}
		// The same address the GraphQL endpoint rate limits by.
		MonitorForms.SubmitPayload result = this.forms.submit(token, answers, request.getRemoteAddr());
		if (result.answered()) {
			return page(HttpStatus.OK, "survey-thanks",
					Map.of("werkplaats", form.map((found) -> found.werkplaats().name()).orElse("")));
		}
		if (form.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "survey-unavailable", Map.of());
		}
		return page(HttpStatus.UNPROCESSABLE_CONTENT, "survey",
				variables(form.get(), token, given, result.userErrors()));
	}

	private Map<String, Object> variables(MonitorForms.Form form, String token, Map<String, String[]> given,
			List<UserError> errors) {
		Branding branding = form.werkplaats().branding();
		Map<String, Object> variables = new HashMap<>();
		variables.put("werkplaats",
				(branding.displayName() != null) ? branding.displayName() : form.werkplaats().name());
		variables.put("logoUrl", branding.logoUrl());
		variables.put("primaryColor", (branding.primaryColor() != null) ? branding.primaryColor() : "#1f4e79");
		variables.put("title", form.subjectTitle());
		variables.put("instrument", form.version().key());
		variables.put("token", token);
		variables.put("questions", form.version().questions());
		Map<String, List<String>> chosen = new HashMap<>();
		given.forEach((key, values) -> chosen.put(key, List.of(values)));
		variables.put("given", chosen);
		Map<String, String> problems = new HashMap<>();
		for (UserError error : errors) {
			List<String> field = error.field();
			String key = (field != null && field.size() > 1) ? field.get(1) : "";
			problems.merge(key, error.message(), (one, other) -> one + " " + other);
		}
		variables.put("problems", problems);
		return variables;
	}

	private ResponseEntity<String> page(HttpStatus status, String template, Map<String, Object> variables) {
		String html = this.templates.process(template, new Context(DUTCH, variables));
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(html);
	}

	private static @Nullable String first(String @Nullable [] values) {
		return (values != null && values.length > 0) ? values[0] : null;
	}

}
