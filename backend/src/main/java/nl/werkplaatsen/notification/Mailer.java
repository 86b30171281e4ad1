package nl.werkplaatsen.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Renders a Dutch HTML email from {@code resources/mail/<template>.html} and sends it
 * over SMTP. A failure is thrown, so the event that asked for the email stays incomplete
 * and is resubmitted.
 */
@Component
class Mailer {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final JavaMailSender sender;

	private final TemplateEngine templates = new TemplateEngine();

	private final String from;

	Mailer(JavaMailSender sender, @Value("${werkplaats.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("mail/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		this.templates.setTemplateResolver(resolver);
	}

	void send(List<String> to, @Nullable String replyTo, String subject, String template,
			Map<String, Object> variables) {
		String html = this.templates.process(template, new Context(DUTCH, variables));
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to.toArray(String[]::new));
			if (replyTo != null) {
				helper.setReplyTo(replyTo);
			}
			helper.setSubject(subject);
			helper.setText(html, true);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not compose the email '" + subject + "'", ex);
		}
		this.sender.send(message);
	}

}
