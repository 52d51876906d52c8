package org.gridgov.resident;

import org.springframework.http.HttpStatus;

/** A photo that is not taken: too big, too many, or not a JPEG, PNG or WebP image. */
public class PhotoRejectedException extends RuntimeException {

  private final HttpStatus status;
  private final String slug;

  PhotoRejectedException(HttpStatus status, String slug, String message) {
    super(message);
    this.status = status;
    this.slug = slug;
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }
}
