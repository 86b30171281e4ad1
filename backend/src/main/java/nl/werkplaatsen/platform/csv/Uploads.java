package nl.werkplaatsen.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import nl.werkplaatsen.platform.tenancy.Actor;

/**
 * The multipart uploads of the CSV imports: each part as a file of its own (an import
 * reads each twice and may outlive the request), their sizes, and who sent them as an
 * import's history shows it.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Copies the parts sent (as files or as form fields) into a new temporary folder,
	 * each as {@code <name>.csv}; parts not sent get no file.
	 */
	public static Path copyToFolder(MultipartHttpServletRequest multipart, Collection<String> partNames,
			String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			for (String name : partNames) {
				Path target = folder.resolve(name + ".csv");
				MultipartFile file = multipart.getFile(name);
				if (file != null) {
					try (InputStream in = file.getInputStream()) {
						Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
				else if (multipart.getParameter(name) != null) {
					Files.writeString(target, multipart.getParameter(name), StandardCharsets.UTF_8);
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes of a part sent as a file or a form field. */
	public static long size(MultipartHttpServletRequest multipart, String name) {
		MultipartFile file = multipart.getFile(name);
		return (file != null) ? file.getSize()
				: Objects.requireNonNull(multipart.getParameter(name)).getBytes(StandardCharsets.UTF_8).length;
	}

	/** Removes the folder of an import's files. */
	public static void deleteQuietly(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			// The operating system's temporary folder is cleaned anyway.
		}
	}

	/**
	 * Who sends the request, as an import's history names them: their name from the
	 * token.
	 */
	public static String callerName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getCredentials() instanceof Jwt token) {
			for (String claim : List.of("name", "preferred_username", "email")) {
				String value = token.getClaimAsString(claim);
				if (value != null && !value.isBlank()) {
					return value.strip();
				}
			}
		}
		return Objects.requireNonNull(Actor.current().subject());
	}

}
