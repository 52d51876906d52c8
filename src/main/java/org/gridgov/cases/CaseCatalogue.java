package org.gridgov.cases;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Names and parents from the service catalogue ({@code gov_case_category}). */
@Mapper
public interface CaseCatalogue {

  @Select("select name from gov_case_category where code = #{code}")
  String categoryName(String code);

  @Select("select parent_code from gov_case_category where code = #{code}")
  String parentOf(String code);
}
