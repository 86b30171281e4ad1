package nl.werkplaatsen.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Reads for national figures and exports — aggregates over the whole network, heavy and
 * read-only — on the read replica when one is configured
 * ({@code werkplaats.read-replica.url}), else on the primary in the caller's transaction.
 * On the replica the read runs in a read-only transaction of its own, the database told
 * who acts as on the primary, so the same row-level security and owner functions decide.
 * A replica lags the primary by its replication delay: figures there are exact as of the
 * replica's last replayed commit.
 */
@Component
public class ReplicaReads implements DisposableBean {

	private final JdbcClient primary;

	private final @Nullable HikariDataSource replica;

	ReplicaReads(JdbcClient primary, @Value("${werkplaats.read-replica.url:}") String url,
			@Value("${werkplaats.read-replica.username:${spring.datasource.username:}}") String username,
			@Value("${werkplaats.read-replica.password:${spring.datasource.password:}}") String password,
			@Value("${werkplaats.read-replica.maximum-pool-size:5}") int maximumPoolSize) {
		this.primary = primary;
		this.replica = url.isBlank() ? null : replica(url, username, password, maximumPoolSize);
	}

	private static HikariDataSource replica(String url, String username, String password, int maximumPoolSize) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("read-replica");
		config.setJdbcUrl(url);
		config.setUsername(username);
		config.setPassword(password);
		config.setMaximumPoolSize(maximumPoolSize);
		config.setReadOnly(true);
		config.setAutoCommit(false);
		return new HikariDataSource(config);
	}

	/** Whether figures and exports are read on a replica. */
	public boolean onReplica() {
		return this.replica != null;
	}

	/** Runs the read where figures are read, as the current caller. */
	public <T> T read(Function<JdbcClient, T> read) {
		if (this.replica == null) {
			return read.apply(this.primary);
		}
		try (Connection connection = this.replica.getConnection()) {
			try {
				DatabaseSession.current().tell(connection);
				T result = read.apply(JdbcClient.create(singleUse(connection)));
				connection.commit();
				return result;
			}
			catch (RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not read on the replica", ex);
		}
	}

	private static DataSource singleUse(Connection connection) {
		return new SingleConnectionDataSource(connection, true);
	}

	@Override
	public void destroy() {
		if (this.replica != null) {
			this.replica.close();
		}
	}

}
