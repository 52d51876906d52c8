package org.gridgov.admission;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AdmissionMapper {

  String COLUMNS = "code, name, description, category_code, department_id, grid_duty, admission_kind, status,"
      + " valid_from, valid_until, next_review_date, exit_reason, created_at, updated_at";

  @Insert("insert into gov_admission_item (" + COLUMNS + ") values (#{code}, #{name}, #{description},"
      + " #{categoryCode}, #{departmentId}, #{gridDuty}, #{admissionKind}, #{status}, #{validFrom}, #{validUntil},"
      + " #{nextReviewDate}, #{exitReason}, #{createdAt}, #{updatedAt})")
  void insert(AdmissionItem item);

  @Select("select " + COLUMNS + " from gov_admission_item where code = #{code}")
  AdmissionItem findByCode(String code);

  @Select("select " + COLUMNS + " from gov_admission_item where category_code = #{categoryCode} and status = 'LISTED'")
  List<AdmissionItem> findListedForCategory(String categoryCode);

  @Select("select " + COLUMNS + " from gov_admission_item order by code")
  List<AdmissionItem> findAll();

  @Select("select " + COLUMNS + " from gov_admission_item where status = 'LISTED' order by code")
  List<AdmissionItem> findListed();

  @Update("update gov_admission_item set status = #{status}, next_review_date = #{nextReviewDate},"
      + " exit_reason = #{exitReason}, updated_at = #{updatedAt} where code = #{code}")
  int updateStatus(AdmissionItem item);
}
