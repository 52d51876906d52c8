package org.gridgov.resident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos for staff (HTTP Basic, see StaffApiAuthentication): the handling unit attaches photos of
 * the result, which the reporter then sees; staff look at a case's photos. Only staff who may read
 * the case (their unit had a task on it, or they audit or administer) get anywhere.
 */
@RestController
@Tag(name = "案件照片（工作人员）", description = "工作人员上传办理结果照片、查看案件照片（HTTP Basic）")
class CasePhotoController {

  private final Photos photos;
  private final CaseReadModel readModel;
  private final HistoryService history;
  private final IdentityService identity;

  CasePhotoController(Photos photos, CaseReadModel readModel, HistoryService history, IdentityService identity) {
    this.photos = photos;
    this.readModel = readModel;
    this.history = history;
    this.identity = identity;
  }

  record PhotoList(String caseNo, List<ReportTracking.Photo> photos) {
  }

  @PostMapping(path = "/api/v1/cases/{caseNo}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传办理结果照片")
  @Transactional
  ResponseEntity<PhotoList> addResultPhotos(@PathVariable String caseNo,
      @RequestPart(name = "photos", required = false) List<MultipartFile> files) {
    CaseRecord record = visibleCase(caseNo);
    List<PhotoUpload> uploads = photos.accept(files);
    if (uploads.isEmpty()) {
      throw ReportRejectedException.invalid("请附上照片");
    }
    String user = identity.getCurrentAuthentication().getUserId();
    photos.store(caseNo, PhotoKind.RESULT, uploads, user);
    readModel.note(caseNo, CaseEventType.SUPPLEMENTED, record.getGridId(), user,
        "承办单位上传办理结果照片 " + uploads.size() + " 张");
    return ResponseEntity.status(HttpStatus.CREATED).body(list(caseNo));
  }

  @GetMapping("/api/v1/cases/{caseNo}/photos")
  @Operation(summary = "案件的照片")
  PhotoList photos(@PathVariable String caseNo) {
    visibleCase(caseNo);
    return list(caseNo);
  }

  @GetMapping("/api/v1/cases/{caseNo}/photos/{photoId}")
  @Operation(summary = "查看照片")
  ResponseEntity<byte[]> photo(@PathVariable String caseNo, @PathVariable long photoId) {
    visibleCase(caseNo);
    CasePhoto photo = photos.find(caseNo, photoId).orElseThrow(ReportRejectedException::notFound);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.getContentType()))
        .cacheControl(CacheControl.noStore()).body(photo.getContent());
  }

  /** The case if the signed-in member of staff may read its process history; otherwise 404. */
  private CaseRecord visibleCase(String caseNo) {
    CaseRecord record = readModel.find(caseNo).orElseThrow(ReportRejectedException::notFound);
    boolean visible = record.getProcessInstanceId() != null && history.createHistoricProcessInstanceQuery()
        .processInstanceId(record.getProcessInstanceId()).count() > 0;
    if (!visible) {
      throw ReportRejectedException.notFound();
    }
    return record;
  }

  private PhotoList list(String caseNo) {
    return new PhotoList(caseNo, photos.of(caseNo).stream().map(p -> new ReportTracking.Photo(p.getId(), p.getKind(),
        p.getKind().label(), p.getContentType(), "/api/v1/cases/" + caseNo + "/photos/" + p.getId())).toList());
  }
}
