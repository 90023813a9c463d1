package digestbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import digestbot.digest.ContentFiles;
import digestbot.digest.IssueParser;

/**
 * Measures parsing and classifying the seed issue. Not a test: run its main from the project
 * folder, with the test classpath. Prints operations per second and microseconds per parse.
 */
public final class ParseBenchmark {

	private static final int WARM_UP_ROUNDS = 3;

	private static final int MEASURED_ROUNDS = 5;

	private static final long ROUND_NANOS = 2_000_000_000L;

	private ParseBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		IssueParser parser = ContentFiles.parser(Path.of("content"));
		byte[] seed = Files.readAllBytes(Path.of("src/test/resources/issues/2025-01-27.txt"));
		long checksum = 0;
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			checksum += round(parser, seed);
		}
		double best = 0;
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			long start = System.nanoTime();
			long ops = round(parser, seed);
			double perSecond = ops * 1e9 / (System.nanoTime() - start);
			best = Math.max(best, perSecond);
			System.out.printf("round %d: %,.0f ops/s, %.1f µs per parse+classify%n", round + 1, perSecond, 1e6 / perSecond);
			checksum += ops;
		}
		System.out.printf("best: %,.0f ops/s, %.1f µs per parse+classify of the %,d-byte seed (checksum %d)%n", best,
				1e6 / best, seed.length, checksum);
	}

	/** Parses for about {@link #ROUND_NANOS}; returns how many parses were done. */
	private static long round(IssueParser parser, byte[] seed) {
		long end = System.nanoTime() + ROUND_NANOS;
		long ops = 0;
		int items = 0;
		while (System.nanoTime() < end) {
			items += parser.parse(seed, null).issue().itemCount();
			ops++;
		}
		if (items != ops * 12) {
			throw new IllegalStateException("the seed should give 12 items per parse");
		}
		return ops;
	}

}
