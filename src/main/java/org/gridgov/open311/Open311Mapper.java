package org.gridgov.open311;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface Open311Mapper {

  String LEAVES = "from gov_case_category c left join gov_case_category p on p.code = c.parent_code"
      + " where c.active = true and not exists (select 1 from gov_case_category s where s.parent_code = c.code)";

  @Select("select c.code, c.name, c.description, c.keywords, p.name as group_name " + LEAVES
      + " order by p.sort_order, c.sort_order")
  List<ServiceRow> services();

  @Select("select c.code, c.name, c.description, c.keywords, p.name as group_name " + LEAVES + " and c.code = #{code}")
  ServiceRow service(String code);

  String REQUEST_COLUMNS = "select g.case_no, g.status, g.status_reason, g.category_code, c.name as category_name,"
      + " g.description, g.address_text, g.lat, g.lng, g.lead_department_id, g.grid_id, g.community_id,"
      + " g.master_case_no, g.resolve_due, g.created_at, g.updated_at"
      + " from gov_case g join gov_case_category c on c.code = g.category_code";

  @Select("<script>" + REQUEST_COLUMNS + " where g.created_at &gt;= #{from} and g.created_at &lt;= #{to}"
      + "<if test='ids != null'> and g.case_no in <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></if>"
      + "<if test='codes != null'> and g.category_code in <foreach item='code' collection='codes' open='(' separator=',' close=')'>#{code}</foreach></if>"
      + "<if test='statuses != null'> and g.status in <foreach item='s' collection='statuses' open='(' separator=',' close=')'>#{s}</foreach></if>"
      + " order by g.created_at desc, g.case_no desc limit #{limit}</script>")
  List<RequestRow> requests(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
      @Param("ids") List<String> ids, @Param("codes") List<String> codes, @Param("statuses") List<String> statuses,
      @Param("limit") int limit);

  @Select(REQUEST_COLUMNS + " where g.case_no = #{caseNo}")
  RequestRow request(String caseNo);

  @Select("select count(*) from gov_open311_client where key_hash = #{hash} and active = true")
  int countActiveClient(String hash);

  @Insert("insert into gov_open311_client (name, key_hash, active, created_at) values (#{name}, #{hash}, true, #{at})")
  void insertClient(@Param("name") String name, @Param("hash") String hash, @Param("at") LocalDateTime at);
}
