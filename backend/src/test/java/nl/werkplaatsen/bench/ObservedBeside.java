package nl.werkplaatsen.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same API request, observed and unobserved ({@link BenchToggles}), sent side by
 * side, as JMH measures an asymmetric group: one thread sends it observed, one
 * unobserved, each the next when the last answered, through the same seconds. A slow
 * minute of the machine falls on both.
 */
@State(Scope.Group)
public class ObservedBeside {

	@Param("")
	public String url;

	@Param("")
	public String body;

	@Param("")
	public String token;

	private HttpClient client;

	private HttpRequest observed;

	private HttpRequest unobserved;

	@Setup
	public void prepare() {
		this.client = HttpCall.client();
		HttpRequest.Builder builder = HttpCall.post(this.url, this.body, this.token);
		this.observed = builder.copy().build();
		this.unobserved = builder.copy().header(BenchToggles.HEADER, "off").build();
	}

	@Benchmark
	@Group("observability")
	@GroupThreads(1)
	public int observed() throws IOException, InterruptedException {
		return HttpCall.answered(this.client.send(this.observed, HttpResponse.BodyHandlers.ofString()));
	}

	@Benchmark
	@Group("observability")
	@GroupThreads(1)
	public int unobserved() throws IOException, InterruptedException {
		return HttpCall.answered(this.client.send(this.unobserved, HttpResponse.BodyHandlers.ofString()));
	}

}
