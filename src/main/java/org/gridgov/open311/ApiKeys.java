package org.gridgov.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gridgov.cases.EngineTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Open311 clients' api_keys, kept as SHA-256 only. */
@Component
class ApiKeys {

  private final Open311Mapper mapper;

  ApiKeys(Open311Mapper mapper) {
    this.mapper = mapper;
  }

  boolean valid(String apiKey) {
    return apiKey != null && !apiKey.isBlank() && apiKey.length() <= 200
        && mapper.countActiveClient(hash(apiKey.trim())) > 0;
  }

  /** Registers a client once; a key already registered stays as it is. */
  void register(String clientName, String apiKey) {
    if (mapper.countActiveClient(hash(apiKey)) == 0) {
      try {
        mapper.insertClient(clientName, hash(apiKey), EngineTime.nowLocal());
      } catch (DuplicateKeyException anotherNodeRegisteredItFirst) {
        // the key is there, which is all that matters
      }
    }
  }

  static String hash(String apiKey) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
