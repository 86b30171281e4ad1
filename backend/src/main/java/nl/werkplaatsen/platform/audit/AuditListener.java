package nl.werkplaatsen.platform.audit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hibernate.event.spi.AbstractPostDatabaseOperationEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Records every insert, update and delete of an {@link Audited} entity as Hibernate
 * writes it, on the same connection, so the entry commits or rolls back with the change.
 * An update names the fields it wrote; bookkeeping fields are left out.
 */
final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "lastActivityAt");

	@Override
	public void onPostInsert(PostInsertEvent event) {
		List<String> fields = new ArrayList<>();
		String[] names = event.getPersister().getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			if (event.getState()[i] != null && !BOOKKEEPING.contains(names[i])) {
				fields.add(names[i]);
			}
		}
		record(event, AuditAction.CREATED, fields);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		List<String> fields = new ArrayList<>();
		String[] names = event.getPersister().getPropertyNames();
		if (event.getDirtyProperties() != null) {
			for (int index : event.getDirtyProperties()) {
				if (!BOOKKEEPING.contains(names[index])) {
					fields.add(names[index]);
				}
			}
		}
		if (!fields.isEmpty()) {
			record(event, AuditAction.UPDATED, fields);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record(event, AuditAction.DELETED, List.of());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/** The werkplaats the record belongs to: its {@code werkplaatsId}. */
	private static @Nullable UUID werkplaatsOf(AbstractPostDatabaseOperationEvent event) {
		String[] names = event.getPersister().getPropertyNames();
		Object[] state = switch (event) {
			case PostInsertEvent insert -> insert.getState();
			case PostUpdateEvent update -> update.getState();
			case PostDeleteEvent delete -> delete.getDeletedState();
			default -> null;
		};
		for (int i = 0; state != null && i < names.length; i++) {
			if ("werkplaatsId".equals(names[i]) && state[i] instanceof UUID werkplaats) {
				return werkplaats;
			}
		}
		return null;
	}

	private static void record(AbstractPostDatabaseOperationEvent event, AuditAction action, List<String> fields) {
		Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
		if (audited == null || !(event.getId() instanceof UUID id)) {
			return;
		}
		try {
			AuditRecorder.record(event.getSession().getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(),
					werkplaatsOf(event), audited.value(), List.of(id), action, fields);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not record the audit entry of " + audited.value() + " " + id, ex);
		}
	}

}
