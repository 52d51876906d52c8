package org.gridgov.resident;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ResidentMapper {

  @Insert("insert into gov_report_request (case_no, request_hash, created_at) values (#{caseNo}, #{hash}, #{at})")
  void insertRequest(@Param("caseNo") String caseNo, @Param("hash") String hash, @Param("at") LocalDateTime at);

  @Select("select request_hash from gov_report_request where case_no = #{caseNo}")
  String requestHash(String caseNo);

  @Insert("insert into gov_report_token (case_no, token_hash, created_at) values (#{caseNo}, #{hash}, #{at})")
  void insertToken(@Param("caseNo") String caseNo, @Param("hash") String hash, @Param("at") LocalDateTime at);

  @Select("select count(*) from gov_report_token where case_no = #{caseNo} and token_hash = #{hash}")
  int countToken(@Param("caseNo") String caseNo, @Param("hash") String hash);

  @Insert("insert into gov_case_photo (case_no, kind, content_type, size_bytes, sha256, content, uploaded_by, created_at)"
      + " values (#{caseNo}, #{kind}, #{contentType}, #{sizeBytes}, #{sha256}, #{content}, #{uploadedBy}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertPhoto(CasePhoto photo);

  /** The photos of a case without their bytes, oldest first. */
  @Select("select id, case_no, kind, content_type, size_bytes, sha256, uploaded_by, created_at from gov_case_photo"
      + " where case_no = #{caseNo} order by id")
  List<CasePhoto> photosOf(String caseNo);

  @Select("select id, case_no, kind, content_type, size_bytes, sha256, content, uploaded_by, created_at"
      + " from gov_case_photo where id = #{id} and case_no = #{caseNo}")
  CasePhoto photo(@Param("caseNo") String caseNo, @Param("id") long id);

  /** Leaves of the service catalogue a resident can report under, with the name of their group. */
  @Select("select c.code, c.name, c.description, p.name as group_name from gov_case_category c"
      + " left join gov_case_category p on p.code = c.parent_code where c.active = true"
      + " and not exists (select 1 from gov_case_category s where s.parent_code = c.code)"
      + " order by p.sort_order, c.sort_order")
  List<ReportCategory> categories();
}
