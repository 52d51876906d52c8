package org.gridgov.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.resident.ResidentApiClient.body;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A phone app retrying one report on 50 connections at once makes exactly one case. */
@GridGovSpringTest
class ResidentReportConcurrencyTest {

  static final int THREADS = 50;
  static final int MAX_ATTEMPTS = 50;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ResidentMapper mapper;

  @Test
  void fiftyPostsWithTheSameIdempotencyKeyMakeExactlyOneCase() throws Exception {
    ResidentApiClient api = new ResidentApiClient(new Http(port, engine.getName()));
    String key = "race-" + UUID.randomUUID();
    Map<String, String> fields = ResidentApiClient.reportFields("13600001234");
    List<ResidentApiClient.Photo> photos = List.of(new ResidentApiClient.Photo("p.png", "image/png",
        ResidentApiClient.PNG));
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<HttpResponse<String>>>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < THREADS; i++) {
        futures.add(threads.submit(() -> {
          start.await(60, TimeUnit.SECONDS);
          // a client that honours "still being filed, retry" (409 report-in-progress) tries again
          List<HttpResponse<String>> answers = new ArrayList<>();
          HttpResponse<String> answer;
          do {
            answer = api.postMultipart("/api/v1/reports", fields, photos, key, null);
            answers.add(answer);
          } while (answer.statusCode() == 409 && answer.body().contains("report-in-progress")
              && answers.size() < MAX_ATTEMPTS);
          return answers;
        }));
      }
      List<HttpResponse<String>> finals = new ArrayList<>();
      List<HttpResponse<String>> all = new ArrayList<>();
      for (Future<List<HttpResponse<String>>> future : futures) {
        List<HttpResponse<String>> answers = future.get(300, TimeUnit.SECONDS);
        all.addAll(answers);
        finals.add(answers.get(answers.size() - 1));
      }

      assertThat(all).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201, 409));
      assertThat(finals).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201));
      assertThat(finals).filteredOn(r -> r.statusCode() == 201).hasSize(1);
      List<String> caseNos = finals.stream().map(r -> body(r).get("caseNo").asText()).distinct().toList();
      assertThat(caseNos).hasSize(1);
      String caseNo = caseNos.get(0);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
          .isEqualTo(1);
      assertThat(mapper.photosOf(caseNo)).hasSize(1);
      // every answer's token opens the one case
      assertThat(finals).allSatisfy(r -> assertThat(api.track(caseNo, body(r).get("token").asText()).statusCode())
          .isEqualTo(200));
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
