package org.gridgov.resident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gridgov.cases.EngineTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a case: checked before anything is stored (count, size, and the type as the bytes
 * say — never the file name or the client's content type), then stored in the caller's
 * transaction together with the case or supplement they belong to.
 */
@Component
public class Photos {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

  private final ResidentMapper mapper;
  private final ResidentProperties.Photos limits;

  Photos(ResidentMapper mapper, ResidentProperties properties) {
    this.mapper = mapper;
    this.limits = properties.photos();
  }

  /** Checks the uploaded files (empty parts are ignored) and reads them. */
  public List<PhotoUpload> accept(List<MultipartFile> files) {
    List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (present.size() > limits.maxCount()) {
      throw new PhotoRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-photos",
          "最多可上传 " + limits.maxCount() + " 张照片，本次为 " + present.size() + " 张");
    }
    List<PhotoUpload> uploads = new ArrayList<>();
    for (MultipartFile file : present) {
      if (file.getSize() > limits.maxBytes()) {
        throw tooLarge();
      }
      try {
        uploads.add(check(file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }

  /** Checks one photo given as bytes. */
  public PhotoUpload check(byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge();
    }
    String type = sniff(bytes).orElseThrow(() -> new PhotoRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported-photo-type", "照片须为 JPEG、PNG 或 WebP 格式的图片"));
    return new PhotoUpload(type, bytes, sha256(bytes));
  }

  /** Stores checked photos of a case in the caller's transaction. */
  public void store(String caseNo, PhotoKind kind, List<PhotoUpload> uploads, String uploadedBy) {
    for (PhotoUpload upload : uploads) {
      CasePhoto photo = new CasePhoto();
      photo.setCaseNo(caseNo);
      photo.setKind(kind);
      photo.setContentType(upload.contentType());
      photo.setSizeBytes(upload.content().length);
      photo.setSha256(upload.sha256());
      photo.setContent(upload.content());
      photo.setUploadedBy(uploadedBy);
      photo.setCreatedAt(EngineTime.nowLocal());
      mapper.insertPhoto(photo);
    }
  }

  public List<CasePhoto> of(String caseNo) {
    return mapper.photosOf(caseNo);
  }

  public Optional<CasePhoto> find(String caseNo, long id) {
    return Optional.ofNullable(mapper.photo(caseNo, id));
  }

  /** The image type from the first bytes of the file: JPEG, PNG or WebP, nothing else. */
  static Optional<String> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, 0, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private PhotoRejectedException tooLarge() {
    return new PhotoRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, "photo-too-large",
        "每张照片不能超过 " + (limits.maxBytes() / 1024) + " KB");
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
