package org.gridgov.intake;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CategoryMapper {

  /** Active categories that have no sub-categories: the ones a case can be filed under. */
  @Select("select count(*) from gov_case_category c where c.code = #{code} and c.active = true"
      + " and not exists (select 1 from gov_case_category s where s.parent_code = c.code)")
  int countFileable(String code);
}
