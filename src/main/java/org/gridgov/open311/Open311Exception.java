package org.gridgov.open311;

import org.springframework.http.HttpStatus;

/** A refused Open311 call, answered in the spec's error format: {@code [{code, description}]}. */
class Open311Exception extends RuntimeException {

  private final HttpStatus status;

  Open311Exception(HttpStatus status, String description) {
    super(description);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
