package org.gridgov.resident;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.gridgov.cases.EngineTime;
import org.springframework.stereotype.Component;

/**
 * Tracking tokens: 256 random bits handed to the reporter once; only their SHA-256 is stored, so a
 * copy of the database gives nobody access to a case. A wrong token and an unknown case look the
 * same to the caller.
 */
@Component
class ReportTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ResidentMapper mapper;

  ReportTokens(ResidentMapper mapper) {
    this.mapper = mapper;
  }

  /** A new token for the case, stored (as its hash) in the caller's transaction. */
  String issue(String caseNo) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    mapper.insertToken(caseNo, hash(token), EngineTime.nowLocal());
    return token;
  }

  boolean opens(String caseNo, String token) {
    if (caseNo == null || token == null || token.isBlank() || token.length() > 100) {
      return false;
    }
    return mapper.countToken(caseNo, hash(token.trim())) > 0;
  }

  private static String hash(String token) {
    return Photos.sha256(token.getBytes(StandardCharsets.UTF_8));
  }
}
