package nl.werkplaatsen;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module faces, checked on the code: no JPA entity or repository is public (other
 * modules get records from a facade), and no module's SQL names another module's table
 * (views — the documented read models — and the platform's tenant registry excepted).
 */
class ModuleBoundariesTests {

	private static final String BASE = "nl.werkplaatsen";

	/**
	 * Tables created in another module's changelog than the one owning them today:
	 * changesets that ran cannot move (see the owners' package-info).
	 */
	private static final Map<String, String> MOVED = Map.of("membership", "team", "team_change", "team",
			"traject_member", "traject");

	@Test
	void noEntityOrRepositoryIsPublic() {
		assertThat(classes(new AnnotationTypeFilter(Entity.class)))
			.filteredOn((type) -> Modifier.isPublic(type.getModifiers()))
			.as("public entities")
			.isEmpty();
		assertThat(classes(new AssignableTypeFilter(Repository.class)))
			.filteredOn((type) -> Modifier.isPublic(type.getModifiers()))
			.as("public repositories")
			.isEmpty();
	}

	@Test
	void noModuleReadsOrWritesAnotherModulesTableInSql() throws IOException {
		Map<String, String> owners = tableOwners();
		assertThat(owners).containsKeys("intake", "membership", "student", "organisation");
		Pattern sql = Pattern.compile("(?i:\\b(?:from|join|update|into)\\s+)([a-z_]+)\\b");
		List<String> crossings = new ArrayList<>();
		Path sources = Path.of("src/main/java/nl/werkplaatsen");
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String module = sources.relativize(file).getName(0).toString();
				Matcher matcher = sql.matcher(Files.readString(file));
				while (matcher.find()) {
					String owner = owners.get(matcher.group(1));
					if (owner != null && !owner.equals(module) && !owner.equals("platform") && !module.equals("demo")) {
						crossings.add(file.getFileName() + " uses " + matcher.group(1) + " of " + owner);
					}
				}
			}
		}
		assertThat(crossings).isEmpty();
	}

	/** Each table by the module whose changelog folder created it; views are omitted. */
	private static Map<String, String> tableOwners() throws IOException {
		Map<String, String> owners = new HashMap<>();
		Path changelog = Path.of("src/main/resources/db/changelog");
		Pattern create = Pattern.compile("(?i)create table ([a-z_]+)");
		try (Stream<Path> files = Files.walk(changelog)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".sql")).toList()) {
				Matcher matcher = create.matcher(Files.readString(file));
				while (matcher.find()) {
					owners.put(matcher.group(1), file.getParent().getFileName().toString());
				}
			}
		}
		owners.putAll(MOVED);
		return owners;
	}

	private static List<Class<?>> classes(org.springframework.core.type.filter.TypeFilter filter) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(filter);
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(BASE)) {
			found.add(ClassUtils.resolveClassName(definition.getBeanClassName(), null));
		}
		assertThat(found).as("the scan finds something").isNotEmpty();
		return found;
	}

}
