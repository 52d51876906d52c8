package org.gridgov.organisation;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface PersonMapper {

  String COLUMNS = "id, name, phone, role, unit_id, title, full_time, active, created_at, updated_at";

  @Insert("insert into gov_person (" + COLUMNS + ") values (#{id}, #{name}, #{phone}, #{role}, #{unitId},"
      + " #{title}, #{fullTime}, #{active}, #{createdAt}, #{updatedAt})")
  void insert(Person person);

  @Update("update gov_person set name = #{name}, phone = #{phone}, role = #{role}, unit_id = #{unitId},"
      + " title = #{title}, full_time = #{fullTime}, active = #{active}, updated_at = #{updatedAt} where id = #{id}")
  int update(Person person);

  @Select("select " + COLUMNS + " from gov_person where id = #{id}")
  Person findById(String id);

  @Select("select " + COLUMNS + " from gov_person where unit_id = #{unitId} order by role, id")
  List<Person> findByUnit(String unitId);

  @Select("select " + COLUMNS + " from gov_person where role = #{role} order by unit_id, id")
  List<Person> findByRole(@Param("role") StaffRole role);

  @Select("select " + COLUMNS + " from gov_person order by unit_id, role, id")
  List<Person> findAll();

  @Select("select count(*) from gov_person")
  int count();
}
