package org.gridgov.admission;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AdmissionApplicationMapper {

  String COLUMNS = "id, application_no, item_code, name, description, reason, category_code, department_id,"
      + " grid_duty, workload_hours_per_month, admission_kind, valid_from, valid_until, status, applicant_id,"
      + " review_recommendation, review_opinion, reviewer_id, reviewed_at, approval_decision, approval_opinion,"
      + " approver_id, decided_at, process_instance_id, request_key, created_at";

  @Insert("insert into gov_admission_application (application_no, item_code, name, description, reason,"
      + " category_code, department_id, grid_duty, workload_hours_per_month, admission_kind, valid_from,"
      + " valid_until, status, applicant_id, process_instance_id, request_key, created_at) values (#{applicationNo},"
      + " #{itemCode}, #{name}, #{description}, #{reason}, #{categoryCode}, #{departmentId}, #{gridDuty},"
      + " #{workloadHoursPerMonth}, #{admissionKind}, #{validFrom}, #{validUntil}, #{status}, #{applicantId},"
      + " #{processInstanceId}, #{requestKey}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(AdmissionApplication application);

  @Update("update gov_admission_application set application_no = #{applicationNo}, item_code = #{itemCode},"
      + " status = #{status}, review_recommendation = #{reviewRecommendation}, review_opinion = #{reviewOpinion},"
      + " reviewer_id = #{reviewerId}, reviewed_at = #{reviewedAt}, approval_decision = #{approvalDecision},"
      + " approval_opinion = #{approvalOpinion}, approver_id = #{approverId}, decided_at = #{decidedAt}"
      + " where id = #{id}")
  void update(AdmissionApplication application);

  @Select("select " + COLUMNS + " from gov_admission_application where id = #{id}")
  AdmissionApplication findById(long id);

  @Select("select " + COLUMNS + " from gov_admission_application where request_key = #{requestKey}")
  AdmissionApplication findByRequestKey(String requestKey);

  @Insert("insert into gov_admission_history (item_code, change_kind, status_after, reason, changed_by,"
      + " application_id, next_review_date, changed_at) values (#{itemCode}, #{changeKind}, #{statusAfter},"
      + " #{reason}, #{changedBy}, #{applicationId}, #{nextReviewDate}, #{changedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertChange(AdmissionChange change);

  @Select("select id, item_code, change_kind, status_after, reason, changed_by, application_id, next_review_date,"
      + " changed_at from gov_admission_history where item_code = #{itemCode} order by changed_at, id")
  List<AdmissionChange> findChanges(String itemCode);
}
