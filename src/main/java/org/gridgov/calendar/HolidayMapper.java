package org.gridgov.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface HolidayMapper {

  String COLUMNS = "holiday_date, name, workday, updated_at";

  @Select("select " + COLUMNS + " from gov_holiday where holiday_date >= #{from} and holiday_date < #{until}"
      + " order by holiday_date")
  List<Holiday> findBetween(@Param("from") LocalDate from, @Param("until") LocalDate until);

  @Select("select " + COLUMNS + " from gov_holiday where holiday_date = #{date}")
  Holiday findByDate(LocalDate date);

  @Insert("insert into gov_holiday (" + COLUMNS + ") values (#{holidayDate}, #{name}, #{workday}, #{updatedAt})")
  void insert(Holiday holiday);

  @Update("update gov_holiday set name = #{name}, workday = #{workday}, updated_at = #{updatedAt}"
      + " where holiday_date = #{holidayDate}")
  int update(Holiday holiday);

  @Delete("delete from gov_holiday where holiday_date = #{date}")
  int delete(LocalDate date);
}
