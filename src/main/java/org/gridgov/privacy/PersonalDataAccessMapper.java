package org.gridgov.privacy;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface PersonalDataAccessMapper {

  record Access(Long id, String userId, String caseNo, String dataKind, String reason, boolean granted,
      LocalDateTime accessedAt) {
  }

  @Insert("insert into gov_personal_data_access (user_id, case_no, data_kind, reason, granted, accessed_at)"
      + " values (#{userId}, #{caseNo}, #{dataKind}, #{reason}, #{granted}, #{accessedAt})")
  void insert(Access access);

  @Select("select id, user_id, case_no, data_kind, reason, granted, accessed_at from gov_personal_data_access"
      + " where case_no = #{caseNo} order by accessed_at, id")
  List<Access> findByCase(@Param("caseNo") String caseNo);
}
