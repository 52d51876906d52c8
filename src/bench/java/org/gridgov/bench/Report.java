package org.gridgov.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of one run: printed as they are finished, and written together as JSON. */
final class Report {

  /** One table of one benchmark on one database. */
  record Table(String benchmark, String title, Map<String, Object> context, List<String> columns,
      List<List<Object>> rows, List<String> notes) {
  }

  private final Map<String, Object> machine = new LinkedHashMap<>();
  private final List<Table> tables = new ArrayList<>();
  /** Where the run's wall time went: each benchmark (and context start) with its seconds. */
  private final Map<String, Double> durations = new LinkedHashMap<>();
  private final String command;
  private final Instant started = Instant.now();

  Report(String command) {
    this.command = command;
    Runtime rt = Runtime.getRuntime();
    machine.put("cores", rt.availableProcessors());
    machine.put("maxHeapMb", rt.maxMemory() / (1024 * 1024));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    machine.put("memoryMb", os.getTotalMemorySize() / (1024 * 1024));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + os.getArch());
    machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("loadAverageAtStart", os.getSystemLoadAverage());
  }

  void header() {
    System.out.println("GridGov benchmarks: " + command);
    System.out.println("machine: " + machine);
  }

  /** Records how long one part of the run took, and says so as the run goes. */
  void took(String part, double seconds) {
    durations.merge(part, seconds, Double::sum);
    System.out.printf("[%s took %.0f s]%n", part, seconds);
    System.out.flush();
  }

  void add(Table table) {
    tables.add(table);
    print(table);
  }

  private static void print(Table t) {
    StringBuilder out = new StringBuilder("\n== ").append(t.title()).append(" ==\n");
    out.append(t.context()).append('\n');
    int[] width = new int[t.columns().size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = t.columns().get(i).length();
      for (List<Object> row : t.rows()) {
        width[i] = Math.max(width[i], cell(row.get(i)).length());
      }
    }
    appendRow(out, t.columns().stream().map(c -> (Object) c).toList(), width);
    for (int i = 0; i < width.length; i++) {
      out.append("-".repeat(width[i])).append(i + 1 < width.length ? "-+-" : "\n");
    }
    for (List<Object> row : t.rows()) {
      appendRow(out, row, width);
    }
    for (String note : t.notes()) {
      out.append("  note: ").append(note).append('\n');
    }
    System.out.print(out);
    System.out.flush();
  }

  private static void appendRow(StringBuilder out, List<Object> row, int[] width) {
    for (int i = 0; i < width.length; i++) {
      String c = cell(row.get(i));
      out.append(row.get(i) instanceof Number ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c
          .length()));
      out.append(i + 1 < width.length ? " | " : "\n");
    }
  }

  static String cell(Object value) {
    if (value instanceof Double d) {
      return Math.abs(d) >= 100 ? String.format("%.0f", d) : String.format("%.2f", d);
    }
    return String.valueOf(value);
  }

  File write() throws IOException {
    File dir = new File("target/bench");
    dir.mkdirs();
    File file = new File(dir, "bench-" + started.toString().replace(':', '-') + ".json");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", command);
    json.put("started", started.toString());
    json.put("finished", Instant.now().toString());
    json.put("machine", machine);
    json.put("tables", tables);
    json.put("durationsSeconds", durations);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    mapper.writeValue(file, json);
    mapper.writeValue(new File(dir, "latest.json"), json);
    java.nio.file.Files.writeString(new File(dir, "latest.md").toPath(), markdown());
    return file;
  }

  /** The same tables in Markdown, for docs/benchmarks.md. */
  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("Command: `").append(command).append("`, started ").append(started).append("  \n");
    md.append("Machine: ").append(machine).append("\n");
    for (Table t : tables) {
      md.append("\n#### ").append(t.title()).append("\n\n");
      md.append(t.context()).append("\n\n");
      md.append("| ").append(String.join(" | ", t.columns())).append(" |\n");
      md.append("|").append("---|".repeat(t.columns().size())).append("\n");
      for (List<Object> row : t.rows()) {
        md.append("| ").append(String.join(" | ", row.stream().map(Report::cell).toList())).append(" |\n");
      }
      if (!t.notes().isEmpty()) {
        md.append("\n");
        t.notes().forEach(n -> md.append("- ").append(n).append("\n"));
      }
    }
    md.append("\n#### Where the run's time went\n\n| part | seconds |\n|---|---|\n");
    durations.forEach((part, seconds) -> md.append("| ").append(part).append(" | ")
        .append(String.format("%.0f", seconds)).append(" |\n"));
    double wholeRun = (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1e3;
    md.append(String.format("| whole run | %.0f (%.1f min) |%n", wholeRun, wholeRun / 60));
    return md.toString();
  }
}
