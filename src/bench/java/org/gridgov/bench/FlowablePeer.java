package org.gridgov.bench;

import java.io.File;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.bench.SqlCounter.Tally;
import org.gridgov.cases.CaseEvent;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseVariables;
import org.springframework.util.FileSystemUtils;

/**
 * Flowable 7.1.0 as a peer of benchmark 7: an engine with Flowable's defaults (its own pool, schema
 * created on start, history full, async executor off as the job executor is in the Camunda runs) on
 * a database of its own (Flowable's tables have Camunda's names), running the caseHandling model
 * converted from the same source ({@link FlowableModel}) with GridGov's own delegate beans of a
 * running GridGov ({@link FlowableAdapters}).
 */
final class FlowablePeer implements AutoCloseable {

  static final String DATABASE = "gg_bench_flowable";

  private final ProcessEngine engine;
  private final FlowableChain chain;
  private final String url;
  private final BenchContext gridgov;

  private FlowablePeer(ProcessEngine engine, BenchContext gridgov, String url) {
    this.engine = engine;
    this.gridgov = gridgov;
    this.url = url;
    this.chain = new FlowableChain(engine, gridgov);
  }

  static FlowablePeer start(BenchContext gridgov, BenchOptions options) throws Exception {
    FlowableModel model;
    try (InputStream source = gridgov.spring.getClassLoader().getResourceAsStream("processes/case-handling.bpmn")) {
      model = FlowableModel.convert(source);
    }
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration() {
      @Override
      protected void initDataSource() {
        super.initDataSource();
        // Flowable's own pool, as it builds it; only wrapped to count statements (benchmark 7b)
        dataSource = new CountingDataSource(dataSource);
      }
    };
    String url;
    if (gridgov.database.equals("h2")) {
      File dir = new File("target/bench/h2-flowable");
      FileSystemUtils.deleteRecursively(dir);
      url = "jdbc:h2:file:" + dir.getAbsolutePath() + "/flowable";
      configuration.setJdbcDriver("org.h2.Driver").setJdbcUsername("sa").setJdbcPassword("");
    } else {
      try (Connection root = DriverManager.getConnection(options.mariadbUrl(), "root", "");
          Statement st = root.createStatement()) {
        st.execute("drop database if exists " + DATABASE);
        st.execute("create database " + DATABASE + " character set utf8mb4");
      }
      // nullDatabaseMeansCurrent: Flowable's "are my tables there?" asks the driver without a database, which
      // then looks through every database the user sees and takes the other bench databases' ACT_ tables
      // (Camunda's names) for Flowable's own
      url = options.mariadbUrl() + DATABASE + "?nullDatabaseMeansCurrent=true&characterEncoding=UTF-8";
      configuration.setJdbcDriver("com.mysql.cj.jdbc.Driver").setJdbcUsername("root").setJdbcPassword("");
    }
    configuration.setJdbcUrl(url);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.FULL);
    configuration.setAsyncExecutorActivate(false);
    configuration.setBeans(FlowableAdapters.beans(model, gridgov.spring));
    configuration.setEngineName("gridgov-bench-flowable");
    ProcessEngine engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("caseHandling, converted for Flowable")
        .addString("case-handling.bpmn20.xml", model.xml).deploy();
    return new FlowablePeer(engine, gridgov, url);
  }

  /** The release (ProcessEngine.VERSION is the schema version, 7.1.0.2). */
  static String version() {
    return ProcessEngine.class.getPackage().getImplementationVersion();
  }

  /** What the table says about the engine's configuration. */
  String describe() {
    var c = (StandaloneProcessEngineConfiguration) engine.getProcessEngineConfiguration();
    return "Flowable " + version() + " on " + url + ": history " + c.getHistoryLevel().getKey()
        + ", pool " + c.getJdbcMaxActiveConnections() + " connections (Flowable's own), bulk insert "
        + c.isBulkInsertEnabled() + ", async executor off";
  }

  /**
   * One case on each engine, compared: the flow nodes each passed (from history), the status the
   * case ended in and its timeline in gov_case_event. Throws when they differ or a case did not
   * close, so the benchmark fails instead of measuring a different chain.
   */
  String checkAgainst(CaseChain camunda) {
    String camundaPi = camunda.runAll();
    String flowablePi = chain.runAll();
    if (!camunda.ended(camundaPi) || !chain.ended(flowablePi)) {
      throw new IllegalStateException("a case did not end: camunda " + camundaPi + " flowable " + flowablePi);
    }
    Set<String> camundaNodes = gridgov.engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(camundaPi).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId)
        .map(id -> id.replace("#multiInstanceBody", "")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> flowableNodes = passed(flowablePi);
    String camundaCase = gridgov.engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(camundaPi).singleResult().getBusinessKey();
    String flowableCase = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(flowablePi).singleResult().getBusinessKey();
    CaseReadModel readModel = gridgov.spring.getBean(CaseReadModel.class);
    CaseRecord camundaRecord = readModel.get(camundaCase);
    CaseRecord flowableRecord = readModel.get(flowableCase);
    List<String> camundaTimeline = readModel.timeline(camundaCase).stream().map(CaseEvent::getEventType).toList();
    List<String> flowableTimeline = readModel.timeline(flowableCase).stream().map(CaseEvent::getEventType).toList();
    List<String> differences = new ArrayList<>();
    if (!flowableNodes.contains(CaseVariables.Elements.END_CASE_CLOSED)) {
      differences.add("Flowable case did not reach " + CaseVariables.Elements.END_CASE_CLOSED);
    }
    if (!camundaNodes.equals(flowableNodes)) {
      differences.add("flow nodes: camunda " + camundaNodes + ", flowable " + flowableNodes);
    }
    if (camundaRecord.getStatus() != flowableRecord.getStatus() || flowableRecord.getClosedAt() == null) {
      differences.add("gov_case: camunda " + camundaRecord.getStatus() + " closed " + camundaRecord.getClosedAt()
          + ", flowable " + flowableRecord.getStatus() + " closed " + flowableRecord.getClosedAt());
    }
    if (!camundaTimeline.equals(flowableTimeline)) {
      differences.add("timeline: camunda " + camundaTimeline + ", flowable " + flowableTimeline);
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the Flowable chain is not the Camunda chain: " + differences);
    }
    return "checked on case " + flowableCase + " (Flowable) against " + camundaCase + " (Camunda): both reached "
        + CaseVariables.Elements.END_CASE_CLOSED + " through the same " + flowableNodes.size()
        + " flow nodes (history), gov_case " + flowableRecord.getStatus() + " with closed_at set, the same "
        + flowableTimeline.size() + " gov_case_event entries in the same order";
  }

  /**
   * The chain at saturation as benchmark 3 runs it on Camunda: the same warm-up, threads, run
   * length and number of runs; answers the median run and adds every run to {@code runs}.
   */
  Load.Result measure(BenchOptions options, List<Load.Result> runs) throws InterruptedException {
    chain.runAll();
    Load.closed(options.threads(), Math.max(5, 2.0 * options.seconds()), chain::runAll);
    for (int i = 0; i < options.runs(); i++) {
      runs.add(Load.closed(options.threads(), options.seconds(), chain::runAll));
    }
    return Measure.medianRun(runs, Load.Result::perSecond);
  }

  /**
   * The flow nodes a Flowable case passed, as Camunda's history lists them: Flowable also records
   * the sequence flows taken, and every boundary event that waited with its activity, fired or not;
   * a boundary event counts here only when its outgoing flow was taken.
   */
  private Set<String> passed(String processInstanceId) {
    List<HistoricActivityInstance> history = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).list();
    BpmnModel model = engine.getRepositoryService().getBpmnModel(history.get(0).getProcessDefinitionId());
    Set<String> flowsTaken = history.stream().filter(a -> a.getActivityType().equals("sequenceFlow"))
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
    return history.stream().filter(a -> !a.getActivityType().equals("sequenceFlow"))
        .filter(a -> !(model.getFlowElement(a.getActivityId()) instanceof BoundaryEvent boundary)
            || boundary.getOutgoingFlows().stream().anyMatch(flow -> flowsTaken.contains(flow.getId())))
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The statements of one case, step by step, on both databases (Flowable's and GridGov's). */
  Map<Step, Tally> sql() {
    return SqlPerStep.measure(chain);
  }

  @Override
  public void close() {
    engine.close();
    // the engine closes its own pool only when it sees it unwrapped
    if (engine.getProcessEngineConfiguration().getDataSource() instanceof CountingDataSource counting
        && counting.getTargetDataSource() instanceof PooledDataSource pool) {
      pool.forceCloseAll();
    }
  }
}
