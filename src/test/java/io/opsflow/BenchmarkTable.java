package io.opsflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one table every benchmark adds its figures to ({@code target/benchmark/results.tsv}), which
 * {@code bench/run} prints at the end: figure, value, the baseline measured in the same run, their
 * ratio, the target and whether it is met. A benchmark asserts nothing about time.
 */
public final class BenchmarkTable {

  static final Path FILE = Path.of("target", "benchmark", "results.tsv");

  private BenchmarkTable() {
  }

  /**
   * @param higherIsBetter true for rates (per second), false for times (ms)
   * @param target the figure the issue asks for, in the figure's unit; NaN when it names none
   */
  public static void row(String figure, String unit, double value, String baselineName, double baseline,
      double target, boolean higherIsBetter) {
    String ratio = baseline > 0 && value >= 0 ? String.format("%.2fx", value / baseline) : "–";
    String verdict = Double.isNaN(target) ? "–" : value < 0 ? "FAIL"
        : (higherIsBetter ? value >= target : value <= target) ? "pass" : "FAIL";
    String line = String.join("\t", figure, value < 0 ? "failed" : String.format("%.1f %s", value, unit),
        baseline > 0 ? String.format("%.1f %s (%s)", baseline, unit, baselineName) : "–", ratio,
        Double.isNaN(target) ? "–" : String.format("%s %.0f %s", higherIsBetter ? ">=" : "<=", target, unit), verdict);
    System.out.println("  TABLE " + line.replace('\t', '|'));
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
