package org.gridgov.organisation;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface UnitMapper {

  String COLUMNS = "id, parent_id, unit_type, kind, name, division_code, address, phone, description,"
      + " households, population, center_lat, center_lng, boundary, sort_order, active, created_at, updated_at";

  @Insert("insert into gov_unit (" + COLUMNS + ") values (#{id}, #{parentId}, #{unitType}, #{kind}, #{name},"
      + " #{divisionCode}, #{address}, #{phone}, #{description}, #{households}, #{population}, #{centerLat},"
      + " #{centerLng}, #{boundary}, #{sortOrder}, #{active}, #{createdAt}, #{updatedAt})")
  void insert(Unit unit);

  @Update("update gov_unit set parent_id = #{parentId}, unit_type = #{unitType}, kind = #{kind}, name = #{name},"
      + " division_code = #{divisionCode}, address = #{address}, phone = #{phone}, description = #{description},"
      + " households = #{households}, population = #{population}, center_lat = #{centerLat},"
      + " center_lng = #{centerLng}, boundary = #{boundary}, sort_order = #{sortOrder}, active = #{active},"
      + " updated_at = #{updatedAt} where id = #{id}")
  int update(Unit unit);

  @Select("select " + COLUMNS + " from gov_unit where id = #{id}")
  Unit findById(String id);

  @Select("select " + COLUMNS + " from gov_unit where parent_id = #{parentId} order by sort_order, id")
  List<Unit> findChildren(String parentId);

  @Select("select " + COLUMNS + " from gov_unit where unit_type = #{type} order by sort_order, id")
  List<Unit> findByType(@Param("type") UnitType type);

  @Select("select " + COLUMNS + " from gov_unit order by sort_order, id")
  List<Unit> findAll();

  @Select("select count(*) from gov_unit where unit_type = #{type}")
  int countByType(@Param("type") UnitType type);

  @Insert("insert into gov_grid_address (grid_id, keyword) values (#{gridId}, #{keyword})")
  void insertGridAddress(@Param("gridId") String gridId, @Param("keyword") String keyword);

  @Select("select keyword from gov_grid_address where grid_id = #{gridId} order by keyword")
  List<String> findGridAddresses(String gridId);
}
