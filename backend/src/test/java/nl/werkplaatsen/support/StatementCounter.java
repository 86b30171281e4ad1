package nl.werkplaatsen.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application executes and the transactions it ends (but
 * the rate limit's), to prove list queries stay constant as a page grows and a request is
 * one transaction.
 */
public class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

	private final AtomicLong executed = new AtomicLong();

	private final AtomicLong transactions = new AtomicLong();

	/**
	 * Connections whose open transaction is the rate limit's (by datasource-proxy's id).
	 */
	private final java.util.Set<String> rateLimitTransactions = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final List<String> recorded = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		// The rate limit's bucket is per request, not per row, and takes one statement
		// more the first time a caller's bucket is made: not the list's doing.
		List<QueryInfo> counted = queries.stream()
			.filter((query) -> !query.getQuery().contains("rate_limit_bucket"))
			.toList();
		if (counted.size() < queries.size()) {
			this.rateLimitTransactions.add(execution.getConnectionId());
		}
		this.executed.addAndGet(counted.size());
		counted.forEach((query) -> this.recorded.add(query.getQuery()));
	}

	@Override
	public void beforeMethod(MethodExecutionContext context) {
	}

	@Override
	public void afterMethod(MethodExecutionContext context) {
		String method = context.getMethod().getName();
		if (context.getTarget() instanceof java.sql.Connection
				&& ("commit".equals(method) || "rollback".equals(method))) {
			if (!this.rateLimitTransactions.remove(context.getConnectionInfo().getConnectionId())) {
				this.transactions.incrementAndGet();
			}
		}
	}

	/** How many transactions ended (committed or rolled back) while the action ran. */
	public long transactions(Runnable action) {
		long before = this.transactions.get();
		action.run();
		return this.transactions.get() - before;
	}

	/** The statements that ran while the action ran, to show in a failing assertion. */
	public List<String> record(Runnable action) {
		int before = this.recorded.size();
		action.run();
		synchronized (this.recorded) {
			return List.copyOf(this.recorded.subList(before, this.recorded.size()));
		}
	}

	/** How many statements ran while the action ran. */
	public long count(Runnable action) {
		long before = this.executed.get();
		action.run();
		return this.executed.get() - before;
	}

}
