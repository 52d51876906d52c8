package org.gridgov.resident;

/** A checked photo: its type as the bytes say, the bytes and their SHA-256 (hex). */
public record PhotoUpload(String contentType, byte[] content, String sha256) {
}
